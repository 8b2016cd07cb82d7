package dev.parley.core.file;

import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded file of a room. Its bytes live in {@link FileStorage} under {@link #key}, an
 * image's smaller renditions under {@link #variantKey}. {@code messageId} is set once a
 * message claims it; until then it is removed after the configured time.
 */
public record StoredFile(UUID id, UUID roomId, String uploaderId, String name, long size, String mimeType,
        FileKind kind, Integer width, Integer height, Long durationMs, boolean hasThumbnail, UUID messageId,
        Instant createdAt) {

    /** The renditions of an image: the original as uploaded (minus its metadata), a thumbnail, a preview. */
    public enum Variant {
        ORIGINAL, THUMBNAIL, PREVIEW;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public String key() {
        return key(id);
    }

    public String variantKey(Variant variant) {
        return variantKey(id, variant);
    }

    public static String key(UUID id) {
        return variantKey(id, Variant.ORIGINAL);
    }

    /** The storage key of a rendition: {@code files/<id>/<variant>}. */
    public static String variantKey(UUID id, Variant variant) {
        return "files/" + id + "/" + variant.wireName();
    }

    /** Thumbnails and previews are JPEG; the original keeps its own type. */
    public String mimeTypeOf(Variant variant) {
        return variant == Variant.ORIGINAL ? mimeType : "image/jpeg";
    }
}
