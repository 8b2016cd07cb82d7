package dev.parley.core.room;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface RoomRepository {
    Optional<Room> find(UUID id);

    /** The room with {@code userId}'s membership of it (empty when not a member), in one read. */
    Optional<RoomAccess.Visible> findAsSeenBy(UUID id, String userId);

    Optional<Room> findDirect(String directKey);

    /** Inserts the room; {@code directKey} is null except for direct rooms, where it is unique. */
    void insert(Room room, String directKey);

    void update(Room room);

    void delete(UUID id);

    void addToMemberCount(UUID id, int delta);

    /** Freezes the room (only those who may freeze it post) or thaws it. */
    void setFrozen(UUID id, boolean frozen);

    /**
     * Locks the room's row until the commit. A write that changes members' rows and then
     * records a change (which moves the room's change number) takes it first, as the message
     * log does, so that the two never wait on each other.
     */
    void lock(UUID id);

    /** Moves the room's last activity to {@code activityAt}; never backwards. */
    void touch(UUID id, Instant activityAt);

    /** Channels whose name starts with {@code prefix} (case-insensitive), ordered by name then id. */
    List<Room> channels(String prefix, ChannelPosition after, int fetch);

    /** The position of a channel in the channel list, for keyset paging. */
    record ChannelPosition(String foldedName, UUID id) {
    }

    /** Sets the room's slow mode: a member posts once per {@code seconds} (0: off). */
    void setSlowMode(UUID id, int seconds, Instant updatedAt);

    /**
     * Takes the member's turn to post in a room in slow mode: when their last turn was at least
     * {@code interval} before {@code now} (or they never took one), records {@code now} and
     * answers empty; otherwise answers when their last turn was, and records nothing. Atomic per
     * member: of two sends racing (two sessions), one takes the turn.
     */
    Optional<Instant> takeSlowModeTurn(UUID roomId, String userId, Instant now, java.time.Duration interval);
}
