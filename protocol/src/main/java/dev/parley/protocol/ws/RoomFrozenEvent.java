package dev.parley.protocol.ws;

import java.util.UUID;

/** {@code room.frozen}: the room was frozen (only its moderators post) or, with {@code frozen: false}, thawed. */
public record RoomFrozenEvent(String type, UUID roomId, long lastSeq, boolean frozen) implements ServerFrame {
    public static final String TYPE = "room.frozen";

    public RoomFrozenEvent(UUID roomId, long lastSeq, boolean frozen) {
        this(TYPE, roomId, lastSeq, frozen);
    }
}
