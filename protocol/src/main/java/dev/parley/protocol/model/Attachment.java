package dev.parley.protocol.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a message. A send names an upload by {@code fileId}, or references a file
 * hosted elsewhere by {@code url}. A stored message carries an upload as a file object
 * ({@code id}, {@code roomId}, {@code kind}, …, with signed links, as {@link FileObject}) whose
 * {@code type} is its kind; a URL reference as it was sent.
 */
public record Attachment(String type, String url, String name, String mimeType, Long size, String fileId, UUID id,
        UUID roomId, FileKind kind, Integer width, Integer height, Long durationMs, String thumbnailUrl,
        String previewUrl, Instant createdAt) {

    /** A file referenced by URL. */
    public Attachment(String type, String url, String name, String mimeType, Long size) {
        this(type, url, name, mimeType, size, null, null, null, null, null, null, null, null, null, null);
    }
}
