package dev.parley.protocol.ws;

/** {@code ping}: answered with {@code pong}. */
public record PingFrame(String type, String ref) implements ClientFrame {
    public static final String TYPE = "ping";
}
