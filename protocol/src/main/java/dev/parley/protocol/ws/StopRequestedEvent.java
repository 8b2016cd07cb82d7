package dev.parley.protocol.ws;

import java.util.UUID;

/**
 * {@code message.stop_requested}: member {@code userId} asked {@code authorId} (a bot) to stop
 * streaming message {@code messageId}; the bot ends it with {@code final: true}.
 */
public record StopRequestedEvent(String type, UUID roomId, long lastSeq, UUID messageId, long seq, String authorId,
        String userId) implements ServerFrame {
    public static final String TYPE = "message.stop_requested";

    public StopRequestedEvent(UUID roomId, long lastSeq, UUID messageId, long seq, String authorId, String userId) {
        this(TYPE, roomId, lastSeq, messageId, seq, authorId, userId);
    }
}
