package dev.parley.protocol.ws;

import dev.parley.protocol.model.Room;
import java.util.UUID;

/** {@code room.created}, {@code room.updated}: the room without the per-user fields. */
public record RoomChangedEvent(String type, UUID roomId, long lastSeq, Room room) implements ServerFrame {
    public static final String CREATED = "room.created";
    public static final String UPDATED = "room.updated";
}
