package dev.parley.protocol.ws;

import java.util.UUID;

/** {@code typing}: show it for {@code expiresInMs} unless refreshed. */
public record TypingEvent(String type, UUID roomId, long lastSeq, String userId, long expiresInMs)
        implements ServerFrame {
    public static final String TYPE = "typing";

    public TypingEvent(UUID roomId, long lastSeq, String userId, long expiresInMs) {
        this(TYPE, roomId, lastSeq, userId, expiresInMs);
    }
}
