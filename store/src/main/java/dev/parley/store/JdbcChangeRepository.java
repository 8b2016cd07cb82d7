package dev.parley.store;

import dev.parley.core.change.ChangeRepository;
import dev.parley.core.change.RoomPosition;
import dev.parley.core.event.Event;
import dev.parley.store.jdbc.EventJson;
import dev.parley.store.jdbc.Sql;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ChangeRepository} over {@code rooms.last_change} and {@code room_changes}, bound to one
 * connection. Taking a number updates the room's row, which holds its lock to the commit: the
 * numbers of a room are handed out one transaction at a time, in commit order, and the last
 * seq read with them is exact (a message append takes the same lock).
 */
final class JdbcChangeRepository implements ChangeRepository {
    private static final String POSITION = "SELECT last_seq, last_change FROM rooms WHERE id = ?";

    private final Sql sql;
    private final EventJson json;

    JdbcChangeRepository(Sql sql, EventJson json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public Optional<RoomPosition> next(UUID roomId) {
        if (sql.update("UPDATE rooms SET last_change = last_change + 1 WHERE id = ?", roomId) == 0) {
            return Optional.empty();
        }
        return position(roomId);
    }

    @Override
    public void append(Event.RoomChange change) {
        sql.update("INSERT INTO room_changes (room_id, change_no, last_seq, event, created_at) VALUES (?, ?, ?, ?, ?)",
                change.roomId(), change.change(), change.lastSeq(), json.write(change), Instant.now());
    }

    @Override
    public List<Event.RoomChange> after(UUID roomId, long afterChange, int limit) {
        return sql.list("SELECT event FROM room_changes WHERE room_id = ? AND change_no > ? ORDER BY change_no LIMIT ?",
                row -> (Event.RoomChange) json.read(row.getString("event")), roomId, afterChange, limit);
    }

    @Override
    public List<UUID> longerThan(int keep, int limit) {
        return sql.list("SELECT r.id FROM rooms r WHERE r.last_change > ? AND EXISTS (SELECT 1 FROM room_changes c"
                + " WHERE c.room_id = r.id AND c.change_no <= r.last_change - ?) LIMIT ?",
                row -> row.getObject(1, UUID.class), keep, keep, limit);
    }

    @Override
    public int prune(UUID roomId, int keep) {
        return sql.update("DELETE FROM room_changes WHERE room_id = ?"
                + " AND change_no <= (SELECT r.last_change - ? FROM rooms r WHERE r.id = ?)", roomId, keep, roomId);
    }

    @Override
    public Optional<RoomPosition> position(UUID roomId) {
        return sql.one(POSITION, row -> new RoomPosition(row.getLong("last_seq"), row.getLong("last_change")), roomId);
    }
}
