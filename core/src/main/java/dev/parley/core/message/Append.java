package dev.parley.core.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message ready to be appended to a room's log; the log assigns its {@code seq}. A
 * {@code streaming} one is stored with {@code streaming = true} and an open stream.
 * {@code mentions} are those parsed from its text ({@link MentionParser}).
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
        Mentions mentions) {

    public Append {
        mentions = mentions == null ? Mentions.NONE : mentions;
    }

    /** An ordinary (not streamed) message without mentions. */
    public Append(UUID id, UUID roomId, boolean directRoom, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt) {
        this(id, roomId, directRoom, userId, text, parentId, attachments, clientId, createdAt, false, Mentions.NONE);
    }

    /** A message without mentions. */
    public Append(UUID id, UUID roomId, boolean directRoom, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt, boolean streaming) {
        this(id, roomId, directRoom, userId, text, parentId, attachments, clientId, createdAt, streaming, Mentions.NONE);
    }

    /** An ordinary (not streamed) message. */
    public Append(UUID id, UUID roomId, boolean directRoom, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt, Mentions mentions) {
        this(id, roomId, directRoom, userId, text, parentId, attachments, clientId, createdAt, false, mentions);
    }
}
