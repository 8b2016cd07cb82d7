package dev.parley.protocol.rest;

/** {@code POST /v1/rooms/direct}. */
public record OpenDirectRequest(String userId) {
}
