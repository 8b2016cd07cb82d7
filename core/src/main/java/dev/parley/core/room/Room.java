package dev.parley.core.room;

import dev.parley.core.user.JsonText;
import java.time.Instant;
import java.util.UUID;

/**
 * A conversation. {@code lastSeq} is the seq of its newest message (0 when empty);
 * {@code lastChange} the number of its newest change that is not a new message (an edit, a
 * deletion, a reaction, a membership or room change; 0 when none): the room's two positions.
 * {@code frozen}: only those who may freeze it post (moderation).
 * {@code slowModeSeconds}: in slow mode a member posts once per that many seconds (0: off).
 */
public record Room(
        UUID id,
        RoomType type,
        String name,
        String topic,
        String avatarUrl,
        JsonText data,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long lastSeq,
        Instant lastActivityAt,
        int memberCount,
        long lastChange,
        boolean frozen,
        int slowModeSeconds) {

    /** A room that is not frozen and not in slow mode (as every room starts). */
    public Room(UUID id, RoomType type, String name, String topic, String avatarUrl, JsonText data, String createdBy,
            Instant createdAt, Instant updatedAt, long lastSeq, Instant lastActivityAt, int memberCount,
            long lastChange) {
        this(id, type, name, topic, avatarUrl, data, createdBy, createdAt, updatedAt, lastSeq, lastActivityAt,
                memberCount, lastChange, false, 0);
    }

    /** A room not in slow mode. */
    public Room(UUID id, RoomType type, String name, String topic, String avatarUrl, JsonText data, String createdBy,
            Instant createdAt, Instant updatedAt, long lastSeq, Instant lastActivityAt, int memberCount,
            long lastChange, boolean frozen) {
        this(id, type, name, topic, avatarUrl, data, createdBy, createdAt, updatedAt, lastSeq, lastActivityAt,
                memberCount, lastChange, frozen, 0);
    }

    /** A room that is not frozen. */
    public Room(UUID id, RoomType type, String name, String topic, String avatarUrl, JsonText data, String createdBy,
            Instant createdAt, Instant updatedAt, long lastSeq, Instant lastActivityAt, int memberCount,
            long lastChange, int slowModeSeconds) {
        this(id, type, name, topic, avatarUrl, data, createdBy, createdAt, updatedAt, lastSeq, lastActivityAt,
                memberCount, lastChange, false, slowModeSeconds);
    }

    /** This room at the positions a change was made at (a change's copy of the room). */
    public Room at(long newLastSeq, long newLastChange) {
        return new Room(id, type, name, topic, avatarUrl, data, createdBy, createdAt, updatedAt, newLastSeq,
                lastActivityAt, memberCount, newLastChange, frozen, slowModeSeconds);
    }

    /** This room with slow mode set to {@code seconds} (0: off), changed at {@code at}. */
    public Room withSlowMode(int seconds, Instant at) {
        return new Room(id, type, name, topic, avatarUrl, data, createdBy, createdAt, at, lastSeq, lastActivityAt,
                memberCount, lastChange, frozen, seconds);
    }

    public boolean isDirect() {
        return type == RoomType.DIRECT;
    }
}
