package dev.parley.protocol.rest;

import java.time.Instant;

/**
 * {@code GET /v1/admin/stats}, the admin dashboard: users (all, and active ones), rooms, messages
 * sent since {@code dayStart} (midnight UTC), and the real-time sessions (WebSocket and
 * Socket.IO) open on the node that answered ({@code sessionsScope} is {@code node}: each node of a
 * cluster counts its own).
 */
public record AdminStats(long users, long activeUsers, long rooms, long messagesToday, Instant dayStart,
        int sessionsOnline, String sessionsScope) {
}
