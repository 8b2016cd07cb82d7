package dev.parley.server.ws;

import dev.parley.core.message.Message;
import java.util.UUID;

/**
 * One event, serialized once, on its way to many sessions. {@code seq} is set for
 * {@code message.new} (the sessions' exactly-once watermark); {@code roomId} is null for
 * events that belong to no room (presence).
 */
record Outbound(UUID roomId, boolean messageNew, long seq, String json, Message message) {
    static Outbound roomEvent(UUID roomId, String json) {
        return new Outbound(roomId, false, 0, json, null);
    }

    /** A message.new; {@code message} lets the sending session write its ack right before it. */
    static Outbound messageNew(Message message, String json) {
        return new Outbound(message.roomId(), true, message.seq(), json, message);
    }

    static Outbound presence(String json) {
        return new Outbound(null, false, 0, json, null);
    }
}
