package dev.parley.protocol.rest;

/** {@code PATCH /v1/rooms/{roomId}/messages/{messageId}}. */
public record EditMessageRequest(String text) {
}
