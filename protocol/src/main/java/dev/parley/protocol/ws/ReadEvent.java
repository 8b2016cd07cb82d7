package dev.parley.protocol.ws;

import java.util.UUID;

/** {@code read}: a member's read mark moved to {@code seq}. */
public record ReadEvent(String type, UUID roomId, long lastSeq, String userId, long seq) implements ServerFrame {
    public static final String TYPE = "read";

    public ReadEvent(UUID roomId, long lastSeq, String userId, long seq) {
        this(TYPE, roomId, lastSeq, userId, seq);
    }
}
