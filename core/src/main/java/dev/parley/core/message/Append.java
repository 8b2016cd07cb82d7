package dev.parley.core.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message ready to be appended to a room's log; the log assigns its {@code seq}. A
 * {@code streaming} one is stored with {@code streaming = true} and an open stream.
 * {@code mentions} are those parsed from its text ({@link MentionParser}). A call's message
 * carries its {@link CallNote}; other messages have none.
 */
public record Append(
        UUID id,
        UUID roomId,
        boolean directRoom,
        String userId,
        String text,
        UUID parentId,
        List<Attachment> attachments,
        String clientId,
        Instant createdAt,
        boolean streaming,
        Mentions mentions,
        CallNote call) {

    public Append {
        mentions = mentions == null ? Mentions.NONE : mentions;
    }

    /** An ordinary (not streamed) message without mentions. */
    public Append(UUID id, UUID roomId, boolean directRoom, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt) {
        this(id, roomId, directRoom, userId, text, parentId, attachments, clientId, createdAt, false, Mentions.NONE,
                null);
    }

    /** A message without mentions. */
    public Append(UUID id, UUID roomId, boolean directRoom, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt, boolean streaming) {
        this(id, roomId, directRoom, userId, text, parentId, attachments, clientId, createdAt, streaming, Mentions.NONE,
                null);
    }

    /** A message people wrote (not a call's). */
    public Append(UUID id, UUID roomId, boolean directRoom, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt, boolean streaming, Mentions mentions) {
        this(id, roomId, directRoom, userId, text, parentId, attachments, clientId, createdAt, streaming, mentions,
                null);
    }

    /** A call's message: no mentions, its call note. */
    public Append(UUID id, UUID roomId, boolean directRoom, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt, boolean streaming, CallNote call) {
        this(id, roomId, directRoom, userId, text, parentId, attachments, clientId, createdAt, streaming, Mentions.NONE,
                call);
    }

    /** An ordinary (not streamed) message. */
    public Append(UUID id, UUID roomId, boolean directRoom, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt, Mentions mentions) {
        this(id, roomId, directRoom, userId, text, parentId, attachments, clientId, createdAt, false, mentions, null);
    }
}
