package dev.parley.protocol.rest;

/**
 * {@code POST /v1/rooms/{roomId}/calls}: {@code media} is {@code audio} or {@code video};
 * {@code sessionId} (from the WebSocket's {@code ready} frame) is the session that carries the
 * caller's signals.
 */
public record StartCallRequest(String media, String sessionId) {
}
