package dev.parley.server.ws;

import java.util.UUID;

/**
 * One event, serialized once, on its way to many sessions. {@code seq} is set for
 * {@code message.new} (the sessions' exactly-once watermark); {@code roomId} is null for
 * events that belong to no room (presence).
 */
record Outbound(UUID roomId, boolean messageNew, long seq, String json) {
    static Outbound roomEvent(UUID roomId, String json) {
        return new Outbound(roomId, false, 0, json);
    }

    static Outbound messageNew(UUID roomId, long seq, String json) {
        return new Outbound(roomId, true, seq, json);
    }
}
