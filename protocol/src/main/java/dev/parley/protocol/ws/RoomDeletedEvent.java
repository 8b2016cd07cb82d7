package dev.parley.protocol.ws;

import java.util.UUID;

/** {@code room.deleted}: nothing more comes from the room. */
public record RoomDeletedEvent(String type, UUID roomId, long lastSeq) implements ServerFrame {
    public static final String TYPE = "room.deleted";

    public RoomDeletedEvent(UUID roomId, long lastSeq) {
        this(TYPE, roomId, lastSeq);
    }
}
