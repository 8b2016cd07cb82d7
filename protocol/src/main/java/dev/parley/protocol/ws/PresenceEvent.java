package dev.parley.protocol.ws;

/** {@code presence}: a user came online or went offline; not a room event. */
public record PresenceEvent(String type, String userId, PresenceStatus status) implements ServerFrame {
    public static final String TYPE = "presence";

    public PresenceEvent(String userId, PresenceStatus status) {
        this(TYPE, userId, status);
    }
}
