package dev.parley.protocol.ws;

/** {@code sync.gap}: too much missed to replay; page the history from {@code fromSeq}. */
public record SyncGapFrame(String type, String roomId, long fromSeq, long toSeq) implements ServerFrame {
    public static final String TYPE = "sync.gap";

    public SyncGapFrame(String roomId, long fromSeq, long toSeq) {
        this(TYPE, roomId, fromSeq, toSeq);
    }
}
