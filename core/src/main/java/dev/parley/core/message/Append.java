package dev.parley.core.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message ready to be appended to a room's log; the log assigns its {@code seq}. A
 * {@code streaming} one is stored with {@code streaming = true} and an open stream. A call's
 * message carries its {@link CallNote}; other messages have none.
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
        CallNote call) {

    /** An ordinary message people wrote (not streamed, no call note). */
    public Append(UUID id, UUID roomId, boolean directRoom, String userId, String text, UUID parentId,
            List<Attachment> attachments, String clientId, Instant createdAt) {
        this(id, roomId, directRoom, userId, text, parentId, attachments, clientId, createdAt, false, null);
    }
}
