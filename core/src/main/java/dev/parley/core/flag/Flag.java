package dev.parley.core.flag;

import java.time.Instant;
import java.util.UUID;

/**
 * A member's report of a message, with a copy of the message as it was when reported (its author
 * and text), kept even when the message is later edited or deleted. Open until a moderator
 * resolves it: dismissed (the message stays) or deleted (the message is gone).
 */
public record Flag(UUID id, UUID roomId, UUID messageId, String reporterId, String reason, String authorId,
        String text, Instant createdAt, FlagStatus status, String resolvedBy, Instant resolvedAt) {

    public boolean isOpen() {
        return status == FlagStatus.OPEN;
    }
}
