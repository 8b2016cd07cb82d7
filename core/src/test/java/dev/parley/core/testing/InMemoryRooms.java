package dev.parley.core.testing;

import dev.parley.core.room.Room;
import dev.parley.core.room.RoomAccess;
import dev.parley.core.room.RoomNames;
import dev.parley.core.room.RoomRepository;
import dev.parley.core.room.RoomType;
import dev.parley.core.testing.Tables.MemberKey;
import dev.parley.core.testing.Tables.RoomRow;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link RoomRepository} over the in-memory {@code rooms} table. */
final class InMemoryRooms implements RoomRepository {
    private static final Comparator<Room> DIRECTORY_ORDER = Comparator.comparing((Room r) -> RoomNames.fold(r.name()))
            .thenComparing(Room::id, Tables.UUID_ORDER);

    private final Tables tables;

    InMemoryRooms(Tables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<Room> find(UUID id) {
        return tables.room(id);
    }

    @Override
    public Optional<RoomAccess.Visible> findAsSeenBy(UUID id, String userId) {
        return tables.room(id).map(room -> new RoomAccess.Visible(room,
                tables.members.find(new MemberKey(id, userId))));
    }

    @Override
    public Optional<Room> findDirect(String directKey) {
        return tables.directKeys.find(directKey).flatMap(tables::room);
    }

    @Override
    public void insert(Room room, String directKey) {
        tables.rooms.insert(room.id(), new RoomRow(Micros.of(room), directKey));
        if (directKey != null) {
            tables.directKeys.insert(directKey, room.id());
        }
    }

    /** Writes the descriptive fields; the counters (last seq, activity, member count) have their own writers. */
    @Override
    public void update(Room room) {
        tables.updateRoom(room.id(), old -> Micros.of(new Room(old.id(), old.type(), room.name(), room.topic(),
                room.avatarUrl(), room.data(), old.createdBy(), old.createdAt(), room.updatedAt(), old.lastSeq(),
                old.lastActivityAt(), old.memberCount(), old.lastChange(), old.frozen(),
                old.slowModeSeconds())));
    }

    @Override
    public void delete(UUID id) {
        tables.deleteRoom(id);
    }

    @Override
    public void addToMemberCount(UUID id, int delta) {
        tables.updateRoom(id, r -> new Room(r.id(), r.type(), r.name(), r.topic(), r.avatarUrl(), r.data(),
                r.createdBy(), r.createdAt(), r.updatedAt(), r.lastSeq(), r.lastActivityAt(), r.memberCount() + delta,
                r.lastChange(), r.frozen(), r.slowModeSeconds()));
    }

    @Override
    public void setFrozen(UUID id, boolean frozen) {
        tables.updateRoom(id, r -> new Room(r.id(), r.type(), r.name(), r.topic(), r.avatarUrl(), r.data(),
                r.createdBy(), r.createdAt(), r.updatedAt(), r.lastSeq(), r.lastActivityAt(), r.memberCount(),
                r.lastChange(), frozen, r.slowModeSeconds()));
    }

    /** One writer at a time already (the in-memory store's transactions are serial). */
    @Override
    public void lock(UUID id) {
    }

    @Override
    public void touch(UUID id, Instant activityAt) {
        Instant at = Micros.of(activityAt);
        tables.updateRoom(id, r -> r.lastActivityAt().isBefore(at) ? withActivity(r, r.lastSeq(), at) : r);
    }

    @Override
    public List<Room> channels(String prefix, ChannelPosition after, int fetch) {
        String folded = RoomNames.fold(prefix);
        return tables.rooms.rows().stream().map(RoomRow::room)
                .filter(r -> r.type() == RoomType.CHANNEL && RoomNames.fold(r.name()).startsWith(folded))
                .filter(r -> after == null || isAfter(r, after))
                .sorted(DIRECTORY_ORDER)
                .limit(fetch)
                .toList();
    }

    /** The room with its last seq and last activity moved (the message log's write). */
    static Room withActivity(Room r, long lastSeq, Instant lastActivityAt) {
        return new Room(r.id(), r.type(), r.name(), r.topic(), r.avatarUrl(), r.data(), r.createdBy(), r.createdAt(),
                r.updatedAt(), lastSeq, lastActivityAt, r.memberCount(), r.lastChange(), r.frozen(),
                r.slowModeSeconds());
    }

    private static boolean isAfter(Room room, ChannelPosition after) {
        int byName = RoomNames.fold(room.name()).compareTo(after.foldedName());
        return byName > 0 || (byName == 0 && Tables.UUID_ORDER.compare(room.id(), after.id()) > 0);
    }

    @Override
    public void setSlowMode(UUID id, int seconds, Instant updatedAt) {
        tables.updateRoom(id, r -> Micros.of(r.withSlowMode(seconds, updatedAt)));
    }

    @Override
    public Optional<Instant> takeSlowModeTurn(UUID roomId, String userId, Instant now, java.time.Duration interval) {
        tables.requireRoom(roomId);
        var key = new MemberKey(roomId, userId);
        Optional<Instant> last = tables.slowModeTurns.find(key).map(Tables.TurnRow::takenAt);
        if (last.isPresent() && last.get().isAfter(now.minus(interval))) {
            return last;
        }
        var turn = new Tables.TurnRow(roomId, Micros.of(now));
        if (!tables.slowModeTurns.update(key, old -> turn)) {
            tables.slowModeTurns.insert(key, turn);
        }
        return Optional.empty();
    }
}
