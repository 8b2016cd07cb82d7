package dev.parley.protocol.ws;

import dev.parley.protocol.model.Message;
import java.util.UUID;

/**
 * {@code message.new}, {@code message.updated}, {@code message.deleted}: the message as it is
 * now. {@code change} is the room's change number of an edit or a deletion (absent on
 * {@code message.new}, whose place is its {@code seq}).
 */
public record MessageEvent(String type, UUID roomId, long lastSeq, long seq, Message message, Long change)
        implements ServerFrame {
    public static final String NEW = "message.new";
    public static final String UPDATED = "message.updated";
    public static final String DELETED = "message.deleted";
}
