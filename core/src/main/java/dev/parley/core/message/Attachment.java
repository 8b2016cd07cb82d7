package dev.parley.core.message;

/**
 * A file attached to a message: either referenced by URL ({@code url}, hosted elsewhere), or
 * an upload of the room. A draft names an upload by {@code fileId}; the stored message
 * carries what was uploaded as {@code file} (its links are made fresh whenever it is shown).
 */
public record Attachment(String type, String url, String name, String mimeType, Long size, String fileId,
        AttachedFile file) {

    /** An attachment referenced by URL. */
    public Attachment(String type, String url, String name, String mimeType, Long size) {
        this(type, url, name, mimeType, size, null, null);
    }

    /** What a draft sends to attach an upload. */
    public static Attachment ofUpload(String fileId) {
        return new Attachment(null, null, null, null, null, fileId, null);
    }
}
