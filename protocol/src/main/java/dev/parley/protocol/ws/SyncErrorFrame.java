package dev.parley.protocol.ws;

/** {@code sync.error}: a room of the sync that the user cannot see. */
public record SyncErrorFrame(String type, String roomId, String code) implements ServerFrame {
    public static final String TYPE = "sync.error";

    public SyncErrorFrame(String roomId, String code) {
        this(TYPE, roomId, code);
    }
}
