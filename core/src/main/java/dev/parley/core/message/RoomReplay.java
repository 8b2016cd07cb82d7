package dev.parley.core.message;

import dev.parley.core.room.Member;
import dev.parley.core.room.RoomSummary;
import java.util.List;

/**
 * What one room of a sync request gets: the messages the client missed (in seq order, as
 * they are now), or a gap too large to replay, or nothing because the room is not visible.
 * {@code joined} and {@code membership} are set for rooms the client did not list (joined
 * while away).
 */
public record RoomReplay(String roomId, Outcome outcome, List<Message> messages, RoomSummary joined,
        Member membership, long fromSeq, long toSeq) {

    public enum Outcome {
        REPLAY, GAP, NOT_VISIBLE
    }

    static RoomReplay notVisible(String roomId) {
        return new RoomReplay(roomId, Outcome.NOT_VISIBLE, List.of(), null, null, 0, 0);
    }
}
