package dev.parley.core.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored message. {@code seq} is its position in the room (1, 2, 3, … without gaps). A
 * deleted message keeps its {@code seq} and {@code id} as a tombstone with empty text.
 * {@code streaming} is null for an ordinary message, true while its author streams its text
 * ({@link dev.parley.core.stream.StreamService}) and false once the stream ended. A call
 * leaves a message with a {@link CallNote} (its text is a readable summary for clients that
 * do not know calls); other messages have a null {@code call}.
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
        CallNote call) {

    /** An ordinary message people wrote (not streamed, no call note). */
    public Message(UUID id, UUID roomId, long seq, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt, Instant editedAt, Instant deletedAt,
            List<Reaction> reactions) {
        this(id, roomId, seq, userId, text, parentId, attachments, clientId, createdAt, editedAt, deletedAt, reactions,
                null, null);
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
                deletedAt, newReactions, streaming, call);
    }
}
