package dev.parley.protocol.ws;

import dev.parley.protocol.model.Call;
import java.util.UUID;

/** {@code call.updated}: a call of the room started, rang, was answered, changed or ended. */
public record CallUpdatedEvent(String type, UUID roomId, long lastSeq, Call call) implements ServerFrame {
    public static final String TYPE = "call.updated";

    public CallUpdatedEvent(UUID roomId, long lastSeq, Call call) {
        this(TYPE, roomId, lastSeq, call);
    }
}
