package dev.parley.core.testing;

import dev.parley.core.change.ChangeRepository;
import dev.parley.core.change.RoomPosition;
import dev.parley.core.event.Event;
import dev.parley.core.room.Room;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The rooms' change logs: the events themselves, by room and number, as the JDBC store keeps their JSON. */
final class InMemoryChanges implements ChangeRepository {
    private final Tables tables;

    InMemoryChanges(Tables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<RoomPosition> next(UUID roomId) {
        if (tables.room(roomId).isEmpty()) {
            return Optional.empty();
        }
        tables.updateRoom(roomId, r -> new Room(r.id(), r.type(), r.name(), r.topic(), r.avatarUrl(), r.data(),
                r.createdBy(), r.createdAt(), r.updatedAt(), r.lastSeq(), r.lastActivityAt(), r.memberCount(),
                r.lastChange() + 1, r.frozen(), r.slowModeSeconds()));
        return position(roomId);
    }

    @Override
    public void append(Event.RoomChange change) {
        tables.requireRoom(change.roomId());
        tables.changes.insert(new Tables.ChangeKey(change.roomId(), change.change()), change);
    }

    @Override
    public List<Event.RoomChange> after(UUID roomId, long afterChange, int limit) {
        return tables.changes.range(new Tables.ChangeKey(roomId, afterChange), false,
                new Tables.ChangeKey(roomId, Long.MAX_VALUE), true).stream().limit(limit).toList();
    }

    @Override
    public List<UUID> longerThan(int keep, int limit) {
        return tables.changes.rows(change -> position(change.roomId())
                .map(now -> change.change() <= now.lastChange() - keep).orElse(false)).stream()
                .map(Event.RoomChange::roomId).distinct().limit(limit).toList();
    }

    @Override
    public int prune(UUID roomId, int keep) {
        long last = position(roomId).map(RoomPosition::lastChange).orElse(0L);
        return tables.changes.deleteIf(change -> change.roomId().equals(roomId) && change.change() <= last - keep);
    }

    @Override
    public Optional<RoomPosition> position(UUID roomId) {
        return tables.room(roomId).map(r -> new RoomPosition(r.lastSeq(), r.lastChange()));
    }
}
