package dev.parley.protocol.ws;

import dev.parley.protocol.model.RawJson;
import java.util.UUID;

/** {@code call.signal} to the one addressed session: from whom, which kind, and the sender's payload verbatim. */
public record CallSignalEvent(String type, UUID callId, String fromSessionId, String fromUserId, String kind,
        RawJson payload) implements ServerFrame {
    public static final String TYPE = "call.signal";

    public CallSignalEvent(UUID callId, String fromSessionId, String fromUserId, String kind, RawJson payload) {
        this(TYPE, callId, fromSessionId, fromUserId, kind, payload);
    }
}
