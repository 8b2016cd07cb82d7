package dev.parley.protocol.rest;

/** {@code POST /v1/rooms/{roomId}/read}. */
public record MarkReadRequest(Long seq) {
}
