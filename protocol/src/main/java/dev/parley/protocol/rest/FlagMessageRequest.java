package dev.parley.protocol.rest;

/** {@code POST /v1/rooms/{roomId}/messages/{messageId}/flags}: why the message is reported (1-500 characters). */
public record FlagMessageRequest(String reason) {
}
