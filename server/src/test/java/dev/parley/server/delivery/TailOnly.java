package dev.parley.server.delivery;

import dev.parley.core.change.RoomPosition;
import dev.parley.core.event.Event;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the fan-out reads back in a test: rooms' tails and positions; no user joined a room meanwhile. */
interface TailOnly extends RoomOrder.Missed {
    @Override
    default Map<UUID, RoomPosition> roomsOf(String userId) {
        return Map.of();
    }

    @Override
    default Optional<Event.MemberAdded> joined(UUID roomId, String userId) {
        return Optional.empty();
    }
}
