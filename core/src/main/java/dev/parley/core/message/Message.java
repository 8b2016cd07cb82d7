package dev.parley.core.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored message. {@code seq} is its position in the room (1, 2, 3, … without gaps). A
 * deleted message keeps its {@code seq} and {@code id} as a tombstone with empty text (and no
 * mentions). {@code streaming} is null for an ordinary message, true while its author streams
 * its text ({@link dev.parley.core.stream.StreamService}) and false once the stream ended.
 * {@code mentions} are parsed from the text when it is stored or edited ({@link MentionParser}).
 * A call leaves a message with a {@link CallNote} (its text is a readable summary for clients
 * that do not know calls); other messages have a null {@code call}.
 */
public record Message(
        UUID id,
        UUID roomId,
        long seq,
        String userId,
        String text,
        UUID parentId,
        List<Attachment> attachments,
        String clientId,
        Instant createdAt,
        Instant editedAt,
        Instant deletedAt,
        List<Reaction> reactions,
        Boolean streaming,
        Mentions mentions,
        CallNote call) {

    public Message {
        mentions = mentions == null ? Mentions.NONE : mentions;
    }

    /** An ordinary message (not streamed) without mentions. */
    public Message(UUID id, UUID roomId, long seq, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt, Instant editedAt, Instant deletedAt,
            List<Reaction> reactions) {
        this(id, roomId, seq, userId, text, parentId, attachments, clientId, createdAt, editedAt, deletedAt, reactions,
                null, Mentions.NONE, null);
    }

    /** A message without mentions. */
    public Message(UUID id, UUID roomId, long seq, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt, Instant editedAt, Instant deletedAt,
            List<Reaction> reactions, Boolean streaming) {
        this(id, roomId, seq, userId, text, parentId, attachments, clientId, createdAt, editedAt, deletedAt, reactions,
                streaming, Mentions.NONE, null);
    }

    /** A message that is not a call's. */
    public Message(UUID id, UUID roomId, long seq, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt, Instant editedAt, Instant deletedAt,
            List<Reaction> reactions, Boolean streaming, Mentions mentions) {
        this(id, roomId, seq, userId, text, parentId, attachments, clientId, createdAt, editedAt, deletedAt, reactions,
                streaming, mentions, null);
    }

    /** A message without mentions, with its call note (null: not a call's). */
    public Message(UUID id, UUID roomId, long seq, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt, Instant editedAt, Instant deletedAt,
            List<Reaction> reactions, Boolean streaming, CallNote call) {
        this(id, roomId, seq, userId, text, parentId, attachments, clientId, createdAt, editedAt, deletedAt, reactions,
                streaming, Mentions.NONE, call);
    }

    /** An ordinary message (not streamed). */
    public Message(UUID id, UUID roomId, long seq, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt, Instant editedAt, Instant deletedAt,
            List<Reaction> reactions, Mentions mentions) {
        this(id, roomId, seq, userId, text, parentId, attachments, clientId, createdAt, editedAt, deletedAt, reactions,
                null, mentions, null);
    }

    /** Whether its author is still streaming its text. */
    public boolean isStreaming() {
        return Boolean.TRUE.equals(streaming);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Message withReactions(List<Reaction> newReactions) {
        return new Message(id, roomId, seq, userId, text, parentId, attachments, clientId, createdAt, editedAt,
                deletedAt, newReactions, streaming, mentions, call);
    }
}
