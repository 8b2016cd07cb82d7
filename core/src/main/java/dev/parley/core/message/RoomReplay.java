package dev.parley.core.message;

import dev.parley.core.change.RoomPosition;
import dev.parley.core.event.Event;
import dev.parley.core.room.Member;
import dev.parley.core.room.RoomSummary;
import java.util.List;

/**
 * What one room of a sync request gets: the events the client missed in the room's order
 * (new messages as they are now, and — when the client gave its change position — every other
 * change), or a gap too large to replay, or nothing because the room is not visible.
 * {@code joined} and {@code membership} are set for rooms the client did not list (joined
 * while away). {@code from} is the client's position, {@code now} the room's.
 */
public record RoomReplay(String roomId, Outcome outcome, List<Event.RoomEvent> events, RoomSummary joined,
        Member membership, RoomPosition from, RoomPosition now) {

    public enum Outcome {
        REPLAY, GAP, NOT_VISIBLE
    }

    /** The new messages of the replay, in seq order. */
    public List<Message> messages() {
        return events.stream().filter(Event.MessagePosted.class::isInstance)
                .map(event -> ((Event.MessagePosted) event).message()).toList();
    }

    static RoomReplay notVisible(String roomId) {
        return new RoomReplay(roomId, Outcome.NOT_VISIBLE, List.of(), null, null, RoomPosition.START,
                RoomPosition.START);
    }
}
