package dev.parley.protocol.model;

/**
 * An application's free-form JSON value ({@code data}), written and read verbatim: the server's
 * JSON configuration writes {@code json} as raw JSON and reads any JSON value into it.
 */
public record RawJson(String json) {
}
