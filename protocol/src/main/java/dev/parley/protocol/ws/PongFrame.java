package dev.parley.protocol.ws;

/** {@code pong}: the answer to {@code ping}. */
public record PongFrame(String type, String ref) implements ServerFrame {
    public static final String TYPE = "pong";

    public PongFrame(String ref) {
        this(TYPE, ref);
    }
}
