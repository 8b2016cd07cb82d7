package dev.parley.store;

import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import dev.parley.store.jdbc.RoomRows;
import dev.parley.store.jdbc.MemberRows;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomAccess;
import dev.parley.core.room.RoomNames;
import dev.parley.core.room.RoomRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link RoomRepository} over the {@code rooms} table, bound to one connection. Deleting a
 * room deletes its members, messages and reactions (foreign keys ON DELETE CASCADE).
 */
final class JdbcRoomRepository implements RoomRepository {
    private static final String SELECT = "SELECT " + RoomRows.COLUMNS.select("r") + " FROM " + RoomRows.COLUMNS.from("r");

    private static final String SELECT_AS_SEEN_BY = "SELECT " + RoomRows.COLUMNS.select("r") + ", "
            + MemberRows.COLUMNS.select("m") + " FROM " + RoomRows.COLUMNS.from("r") + " LEFT JOIN "
            + MemberRows.COLUMNS.from("m") + " ON m.room_id = r.id AND m.user_id = ? WHERE r.id = ?";

    private final Sql sql;

    JdbcRoomRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Room> find(UUID id) {
        return sql.one(SELECT + " WHERE r.id = ?", row -> RoomRows.read(row, "r"), id);
    }

    @Override
    public Optional<RoomAccess.Visible> findAsSeenBy(UUID id, String userId) {
        return sql.one(SELECT_AS_SEEN_BY, row -> new RoomAccess.Visible(RoomRows.read(row, "r"),
                row.getObject("m_room_id") == null ? Optional.empty() : Optional.of(MemberRows.read(row, "m"))),
                userId, id);
    }

    @Override
    public Optional<Room> findDirect(String directKey) {
        return sql.one(SELECT + " WHERE r.direct_key = ?", row -> RoomRows.read(row, "r"), directKey);
    }

    /** Throws {@link dev.parley.core.store.DuplicateKeyException} when the direct key is taken. */
    @Override
    public void insert(Room room, String directKey) {
        sql.update("""
                INSERT INTO rooms (id, type, name, name_folded, topic, avatar_url, data, direct_key, created_by,
                    created_at, updated_at, last_seq, last_activity_at, member_count, last_change)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                room.id(), room.type().wireName(), room.name(), RoomNames.fold(room.name()), room.topic(),
                room.avatarUrl(), room.data(), directKey, room.createdBy(), room.createdAt(), room.updatedAt(),
                room.lastSeq(), room.lastActivityAt(), room.memberCount(), room.lastChange());
    }

    /** Writes the descriptive fields; the counters (last seq, activity, member count) have their own writers. */
    @Override
    public void update(Room room) {
        sql.update("""
                UPDATE rooms SET name = ?, name_folded = ?, topic = ?, avatar_url = ?, data = ?, updated_at = ?
                WHERE id = ?""",
                room.name(), RoomNames.fold(room.name()), room.topic(), room.avatarUrl(), room.data(),
                room.updatedAt(), room.id());
    }

    @Override
    public void delete(UUID id) {
        sql.update("DELETE FROM rooms WHERE id = ?", id);
    }

    @Override
    public void setFrozen(UUID id, boolean frozen) {
        sql.update("UPDATE rooms SET frozen = ? WHERE id = ?", frozen, id);
    }

    @Override
    public void lock(UUID id) {
        sql.list("SELECT id FROM rooms WHERE id = ? FOR UPDATE", row -> row.getObject(1), id);
    }

    @Override
    public void addToMemberCount(UUID id, int delta) {
        if (delta != 0) {
            sql.update("UPDATE rooms SET member_count = member_count + ? WHERE id = ?", delta, id);
        }
    }

    /** Moves the room's last activity forward to {@code activityAt}; never backwards. */
    @Override
    public void touch(UUID id, Instant activityAt) {
        sql.update("UPDATE rooms SET last_activity_at = ? WHERE id = ? AND last_activity_at < ?",
                activityAt, id, activityAt);
    }

    @Override
    public List<Room> channels(String prefix, ChannelPosition after, int fetch) {
        String pattern = SqlValues.startsWith(RoomNames.fold(prefix));
        String where = " WHERE r.type = 'channel' AND r.name_folded LIKE ? ESCAPE '\\'";
        String order = " ORDER BY r.name_folded, r.id LIMIT ?";
        if (after == null) {
            return sql.list(SELECT + where + order, row -> RoomRows.read(row, "r"), pattern, fetch);
        }
        return sql.list(SELECT + where + " AND (r.name_folded > ? OR (r.name_folded = ? AND r.id > ?))" + order,
                row -> RoomRows.read(row, "r"), pattern, after.foldedName(), after.foldedName(), after.id(), fetch);
    }

    @Override
    public void setSlowMode(UUID id, int seconds, Instant updatedAt) {
        sql.update("UPDATE rooms SET slow_mode_seconds = ?, updated_at = ? WHERE id = ?", seconds, updatedAt, id);
    }

    /**
     * A conditional UPDATE of the member's last turn, so that a racing send waits for the row
     * and then finds it taken; the first turn is an INSERT, whose racer gets a duplicate key.
     */
    @Override
    public Optional<Instant> takeSlowModeTurn(UUID roomId, String userId, Instant now, java.time.Duration interval) {
        int taken = sql.update("UPDATE slow_mode_turns SET taken_at = ? WHERE room_id = ? AND user_id = ? AND taken_at <= ?",
                now, roomId, userId, now.minus(interval));
        if (taken == 1) {
            return Optional.empty();
        }
        Optional<Instant> last = sql.one("SELECT taken_at FROM slow_mode_turns WHERE room_id = ? AND user_id = ?",
                row -> SqlValues.instant(row, "taken_at"), roomId, userId);
        if (last.isPresent()) {
            return last;
        }
        sql.update("INSERT INTO slow_mode_turns (room_id, user_id, taken_at) VALUES (?, ?, ?)", roomId, userId, now);
        return Optional.empty();
    }
}
