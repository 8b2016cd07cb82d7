package dev.parley.core.room;

import java.time.Instant;
import java.util.UUID;

/**
 * A user's membership of a room. {@code hidden} is set when a member leaves a direct room:
 * the room disappears from their list until the next message.
 */
public record Member(UUID roomId, String userId, MemberRole role, long lastReadSeq, boolean hidden, Instant joinedAt) {
}
