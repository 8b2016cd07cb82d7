package dev.parley.protocol.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code POST /v1/rooms/{roomId}/messages/{messageId}/stream}: text to add to a streaming
 * message, and {@code final: true} to end the stream ({@code final} is a Java keyword, hence the
 * component's name).
 */
public record StreamAppendRequest(String append, @JsonProperty("final") Boolean done) {
}
