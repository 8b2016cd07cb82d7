package dev.parley.core.message;

/** A file attached to a message, referenced by URL (uploads are stored elsewhere). */
public record Attachment(String type, String url, String name, String mimeType, Long size) {
}
