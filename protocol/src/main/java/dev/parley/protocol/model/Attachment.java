package dev.parley.protocol.model;

/** A file attached to a message, referenced by URL; also what a send carries. */
public record Attachment(String type, String url, String name, String mimeType, Long size) {
}
