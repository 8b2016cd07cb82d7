package dev.parley.protocol.ws;

import dev.parley.protocol.model.Call;
import java.util.UUID;

/**
 * {@code call.updated}: a call of the room started, rang, was answered, changed or ended;
 * {@code change} is its number in the room's change log (a reconnecting client's {@code sync}
 * replays the ones it missed).
 */
public record CallUpdatedEvent(String type, UUID roomId, long lastSeq, Call call, long change) implements ServerFrame {
    public static final String TYPE = "call.updated";

    public CallUpdatedEvent(UUID roomId, long lastSeq, Call call, long change) {
        this(TYPE, roomId, lastSeq, call, change);
    }
}
