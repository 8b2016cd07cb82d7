package dev.parley.core.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message ready to be appended to a room's log; the log assigns its {@code seq}. */
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
        Mentions mentions) {

    public Append {
        mentions = mentions == null ? Mentions.NONE : mentions;
    }
}
