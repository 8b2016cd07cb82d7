package dev.parley.protocol.ws;

import java.util.UUID;

/**
 * {@code room.frozen}: the room was frozen (only its moderators post) or, with {@code frozen: false},
 * thawed. {@code change}: the room's change number (replayed by {@code sync}).
 */
public record RoomFrozenEvent(String type, UUID roomId, long lastSeq, boolean frozen, long change)
        implements ServerFrame {
    public static final String TYPE = "room.frozen";

    public RoomFrozenEvent(UUID roomId, long lastSeq, boolean frozen, long change) {
        this(TYPE, roomId, lastSeq, frozen, change);
    }
}
