package dev.parley.protocol.ws;

/** {@code ready}: the answer to {@code auth}. */
public record ReadyFrame(String type, String userId, String sessionId, int replayLimit, long typingTtlMs)
        implements ServerFrame {
    public static final String TYPE = "ready";

    public ReadyFrame(String userId, String sessionId, int replayLimit, long typingTtlMs) {
        this(TYPE, userId, sessionId, replayLimit, typingTtlMs);
    }
}
