package dev.parley.core.change;

import dev.parley.core.event.Event;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rooms' change logs: every {@link Event.RoomChange} a room went through, by its change
 * number. Messages are not kept here: they are their own log, by seq.
 */
public interface ChangeRepository {
    /**
     * Takes the room's next change number (moving {@code rooms.last_change}, which locks the
     * room's row until the commit, as a message append does) and returns it with the room's last
     * seq at that moment; empty when there is no such room.
     */
    Optional<RoomPosition> next(UUID roomId);

    /** Keeps a numbered change in its room's log. */
    void append(Event.RoomChange change);

    /** Up to {@code limit} changes of a room numbered above {@code afterChange}, in order. */
    List<Event.RoomChange> after(UUID roomId, long afterChange, int limit);

    /**
     * Up to {@code limit} rooms whose log still holds a change numbered {@code keep} or more
     * below the room's last change (one probe of the log's key per room).
     */
    List<UUID> longerThan(int keep, int limit);

    /** Deletes the room's changes numbered {@code keep} or more below its last change; returns how many. */
    int prune(UUID roomId, int keep);

    /** The room's position now, or empty when there is no such room. */
    Optional<RoomPosition> position(UUID roomId);
}
