package dev.parley.protocol.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored message; a deleted one is a tombstone (empty {@code text}, {@code deletedAt} set).
 * {@code streaming} is absent on an ordinary message, true while a bot streams its text and
 * false once the stream ended. Nulls are omitted: {@code mentions} (the user ids of members the
 * text mentions) only when there are some, {@code mentionsAll} ({@code @all} / {@code @here})
 * only when true. A call's message has {@code kind: "call"} and its {@code call} note; other
 * messages have neither.
 */
public record Message(UUID id, UUID roomId, long seq, String userId, String text, UUID parentId,
        List<Attachment> attachments, String clientId, Instant createdAt, Instant editedAt, Instant deletedAt,
        List<Reaction> reactions, Boolean streaming, List<String> mentions, Boolean mentionsAll, String kind,
        CallNote call) {
    /** The {@code kind} of a call's message. */
    public static final String KIND_CALL = "call";

    /** An ordinary (not streamed) message without mentions. */
    public Message(UUID id, UUID roomId, long seq, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt, Instant editedAt, Instant deletedAt,
            List<Reaction> reactions) {
        this(id, roomId, seq, userId, text, parentId, attachments, clientId, createdAt, editedAt, deletedAt, reactions,
                null, null, null, null, null);
    }

    /** A message without mentions, not a call's. */
    public Message(UUID id, UUID roomId, long seq, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt, Instant editedAt, Instant deletedAt,
            List<Reaction> reactions, Boolean streaming) {
        this(id, roomId, seq, userId, text, parentId, attachments, clientId, createdAt, editedAt, deletedAt, reactions,
                streaming, null, null, null, null);
    }

    /** An ordinary (not streamed) message, not a call's. */
    public Message(UUID id, UUID roomId, long seq, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt, Instant editedAt, Instant deletedAt,
            List<Reaction> reactions, List<String> mentions, Boolean mentionsAll) {
        this(id, roomId, seq, userId, text, parentId, attachments, clientId, createdAt, editedAt, deletedAt, reactions,
                null, mentions, mentionsAll, null, null);
    }
}
