package dev.parley.core.message;

import dev.parley.core.file.FileKind;
import dev.parley.core.file.StoredFile;
import java.util.UUID;

/**
 * What a message keeps of an upload it carries, so that showing the message needs no
 * lookup: the file's id, room and kind, and an image's size. Times are epoch milliseconds.
 */
public record AttachedFile(UUID id, UUID roomId, FileKind kind, Integer width, Integer height, Long durationMs,
        boolean hasThumbnail, long createdAtMillis) {

    /** The attachment a message stores for an upload. */
    public static Attachment of(StoredFile file) {
        var attached = new AttachedFile(file.id(), file.roomId(), file.kind(), file.width(), file.height(),
                file.durationMs(), file.hasThumbnail(), file.createdAt().toEpochMilli());
        return new Attachment(file.kind().wireName(), null, file.name(), file.mimeType(), file.size(), null, attached);
    }
}
