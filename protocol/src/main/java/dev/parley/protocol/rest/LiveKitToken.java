package dev.parley.protocol.rest;

/** {@code POST /v1/calls/{callId}/livekit-token}: an access token for the LiveKit server at {@code url}. */
public record LiveKitToken(String token, String url) {
}
