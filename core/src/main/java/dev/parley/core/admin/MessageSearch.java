package dev.parley.core.admin;

import java.time.Instant;

/**
 * What an admin searches messages by; every field optional: the room, the author, a part of the
 * text (case-insensitive), and the time range ({@code from} inclusive, {@code to} exclusive).
 */
public record MessageSearch(String roomId, String userId, String query, Instant from, Instant to) {
}
