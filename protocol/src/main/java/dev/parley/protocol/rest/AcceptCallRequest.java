package dev.parley.protocol.rest;

/** {@code POST /v1/calls/{callId}/accept}: {@code sessionId} is the session (device) that answers. */
public record AcceptCallRequest(String sessionId) {
}
