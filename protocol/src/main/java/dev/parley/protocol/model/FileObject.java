package dev.parley.protocol.model;

import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded file, as an upload answers it. {@code url}, {@code thumbnailUrl} and
 * {@code previewUrl} (images only) are signed links that work without an {@code Authorization}
 * header until they expire; they are made fresh each time the file is written.
 */
public record FileObject(UUID id, UUID roomId, String name, long size, String mimeType, FileKind kind, Integer width,
        Integer height, Long durationMs, String url, String thumbnailUrl, String previewUrl, Instant createdAt) {
}
