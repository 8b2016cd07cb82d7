package dev.parley.core.admin;

import java.time.Instant;

/**
 * The admin dashboard's numbers: users (all, and active ones), rooms, messages since
 * {@code dayStart} (today, UTC), and the real-time sessions open on the node that answered.
 */
public record Dashboard(long users, long activeUsers, long rooms, long messagesToday, Instant dayStart,
        int sessionsOnNode) {
}
