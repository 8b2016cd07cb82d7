package dev.parley.core.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored message. {@code seq} is its position in the room (1, 2, 3, … without gaps). A
 * deleted message keeps its {@code seq} and {@code id} as a tombstone with empty text (and no
 * mentions). {@code mentions} are parsed from the text when it is stored or edited
 * ({@link MentionParser}).
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
        Mentions mentions) {

    public Message {
        mentions = mentions == null ? Mentions.NONE : mentions;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Message withReactions(List<Reaction> newReactions) {
        return new Message(id, roomId, seq, userId, text, parentId, attachments, clientId, createdAt, editedAt,
                deletedAt, newReactions, mentions);
    }
}
