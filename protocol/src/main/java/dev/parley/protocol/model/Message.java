package dev.parley.protocol.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored message; a deleted one is a tombstone (empty {@code text}, {@code deletedAt} set). A
 * call's message has {@code kind: "call"} and its {@code call} note; other messages have
 * neither. Nulls are omitted.
 */
public record Message(UUID id, UUID roomId, long seq, String userId, String text, UUID parentId,
        List<Attachment> attachments, String clientId, Instant createdAt, Instant editedAt, Instant deletedAt,
        List<Reaction> reactions, String kind, CallNote call) {
    /** The {@code kind} of a call's message. */
    public static final String KIND_CALL = "call";
}
