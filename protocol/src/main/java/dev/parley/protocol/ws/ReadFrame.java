package dev.parley.protocol.ws;

/** {@code read}: move the read mark to {@code seq}. */
public record ReadFrame(String type, String ref, String roomId, Long seq) implements ClientFrame {
    public static final String TYPE = "read";
}
