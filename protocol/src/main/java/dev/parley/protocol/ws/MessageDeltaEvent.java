package dev.parley.protocol.ws;

import java.util.UUID;

/**
 * {@code message.delta}: text a bot appended to its streaming message {@code messageId} (at
 * {@code seq}), coalesced; {@code append} goes at {@code offset} of the text (UTF-16 code
 * units, JavaScript's string length), so a client skips what it has and sees what it missed.
 */
public record MessageDeltaEvent(String type, UUID roomId, long lastSeq, UUID messageId, long seq, int offset,
        String append) implements ServerFrame {
    public static final String TYPE = "message.delta";

    public MessageDeltaEvent(UUID roomId, long lastSeq, UUID messageId, long seq, int offset, String append) {
        this(TYPE, roomId, lastSeq, messageId, seq, offset, append);
    }
}
