package dev.parley.protocol.ws;

import dev.parley.protocol.model.Member;
import dev.parley.protocol.model.Room;
import java.util.List;
import java.util.UUID;

/**
 * {@code room.created}, {@code room.updated}: the room without the per-user fields, and the
 * room's change number. {@code members}: who is in a room just created (with their cards; a
 * direct room's peer is the one who is not you), absent on {@code room.updated}.
 */
public record RoomChangedEvent(String type, UUID roomId, long lastSeq, Room room, long change, List<Member> members)
        implements ServerFrame {
    public static final String CREATED = "room.created";
    public static final String UPDATED = "room.updated";
}
