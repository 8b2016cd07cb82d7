package dev.parley.protocol.ws;

/** {@code sync.done}: the replay is out. */
public record SyncDoneFrame(String type) implements ServerFrame {
    public static final String TYPE = "sync.done";

    public SyncDoneFrame() {
        this(TYPE);
    }
}
