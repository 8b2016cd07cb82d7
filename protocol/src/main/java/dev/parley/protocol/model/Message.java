package dev.parley.protocol.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored message; a deleted one is a tombstone (empty {@code text}, {@code deletedAt} set).
 * {@code streaming} is absent on an ordinary message, true while a bot streams its text and
 * false once the stream ended. A call's message has {@code kind: "call"} and its {@code call}
 * note; other messages have neither. Nulls are omitted.
 */
public record Message(UUID id, UUID roomId, long seq, String userId, String text, UUID parentId,
        List<Attachment> attachments, String clientId, Instant createdAt, Instant editedAt, Instant deletedAt,
        List<Reaction> reactions, Boolean streaming, String kind, CallNote call) {
    /** The {@code kind} of a call's message. */
    public static final String KIND_CALL = "call";

    /** An ordinary message (not streamed, not a call's). */
    public Message(UUID id, UUID roomId, long seq, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt, Instant editedAt, Instant deletedAt,
            List<Reaction> reactions) {
        this(id, roomId, seq, userId, text, parentId, attachments, clientId, createdAt, editedAt, deletedAt, reactions,
                null, null, null);
    }
}
