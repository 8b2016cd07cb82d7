package dev.parley.protocol.ws;

/** {@code typing}: the user is typing in a room. */
public record TypingFrame(String type, String ref, String roomId) implements ClientFrame {
    public static final String TYPE = "typing";
}
