package dev.parley.server.delivery;

import dev.parley.core.change.RoomPosition;
import dev.parley.core.change.RoomTail;
import dev.parley.core.event.Event;
import dev.parley.core.message.SyncService;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the fan-out reads back from the database when the bus lost events: the sync's reads. */
public record StoredEvents(SyncService sync) implements RoomOrder.Missed {
    @Override
    public RoomTail after(UUID roomId, RoomPosition from, int limit) {
        return sync.since(roomId, from, limit);
    }

    @Override
    public Optional<RoomPosition> position(UUID roomId) {
        return sync.position(roomId);
    }

    @Override
    public Map<UUID, RoomPosition> roomsOf(String userId) {
        return sync.positionsOf(userId);
    }

    @Override
    public Optional<Event.MemberAdded> joined(UUID roomId, String userId) {
        return sync.joined(roomId, userId);
    }
}
