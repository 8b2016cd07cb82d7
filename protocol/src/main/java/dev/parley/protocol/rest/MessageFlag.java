package dev.parley.protocol.rest;

import java.time.Instant;
import java.util.UUID;

/**
 * A reported message in the moderation queue: who reported it and why, and a copy of the message
 * as reported ({@code authorId}, {@code text}), kept when the message is later deleted.
 * {@code status}: {@code open}, {@code dismissed} or {@code deleted}; {@code resolvedBy} and
 * {@code resolvedAt} are absent while open.
 */
public record MessageFlag(UUID id, UUID roomId, UUID messageId, String reporterId, String reason, String authorId,
        String text, Instant createdAt, String status, String resolvedBy, Instant resolvedAt) {
}
