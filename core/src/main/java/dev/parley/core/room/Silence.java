package dev.parley.core.room;

import java.time.Instant;

/**
 * A member muted by a moderator (they read, they do not post) until {@code until} (null: until
 * lifted). Not the member's own notification mute ({@link RoomSummary#muted()}). The membership
 * carries it, so the send path reads it with the room ({@link RoomRepository#findAsSeenBy}).
 */
public record Silence(Instant until) {
    /** Muted until lifted. */
    public static final Silence UNTIL_LIFTED = new Silence(null);

    public boolean activeAt(Instant now) {
        return until == null || until.isAfter(now);
    }

    /** Whether {@code silence} (null: none) holds at {@code now}. */
    public static boolean holds(Silence silence, Instant now) {
        return silence != null && silence.activeAt(now);
    }
}
