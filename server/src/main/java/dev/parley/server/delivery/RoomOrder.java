package dev.parley.server.delivery;

import dev.parley.core.change.RoomPosition;
import dev.parley.core.change.RoomTail;
import dev.parley.core.event.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Puts each room's events back in order before the fan-out delivers them. A room counts two
 * things without gaps: its messages ({@code seq}) and its other changes ({@code change}). A
 * node's own events arrive in order, but other nodes' come over the bus late, out of order,
 * twice or not at all. Per room this keeps the last seq and the last change delivered: a
 * repeat is dropped; an event past the next one is held (with every later event of the room)
 * for a short wait, then what is missing is read from the database, which has it — a number is
 * visible only after every lower one of its room committed. Used by the fan-out thread only.
 */
public final class RoomOrder {
    /** Reads what a room went through, to fill what the bus lost. */
    public interface Missed {
        /** A room's messages and changes after {@code from}, in the room's order (at most {@code limit} of each). */
        RoomTail after(UUID roomId, RoomPosition from, int limit);

        /** The room's position now; empty when the room no longer exists. */
        Optional<RoomPosition> position(UUID roomId);

        /** Every room the user is in now, with its position. */
        Map<UUID, RoomPosition> roomsOf(String userId);

        /** The {@code member.added} about the user with the room as they see it now; empty when not a member. */
        Optional<Event.MemberAdded> joined(UUID roomId, String userId);
    }

    static final int REPAIR_PAGE = 500;
    /** A counter not known yet (a room first seen through an event): the next event sets it. */
    private static final long UNKNOWN = -1;
    private static final java.time.Duration RETRY = java.time.Duration.ofSeconds(1);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RoomOrder.class);

    private final Missed missed;
    private final long holdNanos;
    private final Map<UUID, Position> rooms = new HashMap<>();
    /** The rooms holding events behind a gap: the only ones the timers look at. */
    private final Map<UUID, Position> waiting = new HashMap<>();

    private static final class Position {
        long seq;
        long change;
        final List<Event.RoomEvent> held = new ArrayList<>();
        long deadline;

        Position(long seq, long change) {
            this.seq = seq;
            this.change = change;
        }

        /** Whether the event is one this room delivered already. */
        boolean repeats(Event.RoomEvent event) {
            return switch (event) {
                case Event.MessagePosted posted -> seq != UNKNOWN && posted.message().seq() <= seq;
                case Event.RoomChange changed -> change != UNKNOWN && changed.change() <= change;
                default -> false;
            };
        }

        /**
         * Whether the event is the next of its counter (or not counted at all); a change is due
         * only once the messages before it are out (its last seq), so an edit never comes before
         * the message it edits.
         */
        boolean due(Event.RoomEvent event) {
            return switch (event) {
                case Event.MessagePosted posted -> seq == UNKNOWN || posted.message().seq() == seq + 1;
                case Event.RoomChange changed -> (change == UNKNOWN || changed.change() == change + 1)
                        && (seq == UNKNOWN || changed.lastSeq() <= seq);
                default -> true;
            };
        }

        void advance(Event.RoomEvent event) {
            switch (event) {
                case Event.MessagePosted posted -> seq = posted.message().seq();
                case Event.RoomChange changed -> change = changed.change();
                default -> {
                }
            }
        }
    }

    RoomOrder(Missed missed, long holdNanos) {
        this.missed = missed;
        this.holdNanos = holdNanos;
    }

    /**
     * Starts ordering a room at {@code position} (what the database held when a session of
     * this node joined it); a room already ordered keeps its place.
     */
    void track(UUID roomId, RoomPosition position) {
        Position known = rooms.putIfAbsent(roomId, new Position(position.lastSeq(), position.lastChange()));
        if (known != null) {
            // First seen through one event: the counter it did not move is known now.
            known.seq = known.seq == UNKNOWN ? position.lastSeq() : known.seq;
            known.change = known.change == UNKNOWN ? position.lastChange() : known.change;
        }
    }

    /** Stops ordering the rooms no session of this node is in, unless they hold events. */
    void forgetAllBut(Set<UUID> inUse) {
        rooms.entrySet().removeIf(entry -> entry.getValue().held.isEmpty() && !inUse.contains(entry.getKey()));
    }

    /** The last seq delivered in a room, or -1 when the room is not ordered here or its seq is not known yet. */
    long deliveredSeq(UUID roomId) {
        Position position = rooms.get(roomId);
        return position == null ? UNKNOWN : position.seq;
    }

    int tracked() {
        return rooms.size();
    }

    /** The rooms ordered now. */
    Set<UUID> roomIds() {
        return Set.copyOf(rooms.keySet());
    }

    /** Takes one event; {@code deliver} gets those that are due now, in order. */
    void accept(Event.RoomEvent event, long now, Consumer<Event.RoomEvent> deliver) {
        Position position = rooms.get(event.roomId());
        if (position == null) {
            if (!(event instanceof Event.MessagePosted) && !(event instanceof Event.RoomChange)) {
                deliver.accept(event);
                return;
            }
            position = new Position(UNKNOWN, UNKNOWN);
            rooms.put(event.roomId(), position);
        }
        if (!position.held.isEmpty()) {
            position.held.add(event);
            release(event.roomId(), position, deliver);
            return;
        }
        if (position.repeats(event)) {
            return;
        }
        if (!position.due(event)) {
            position.held.add(event);
            position.deadline = now + holdNanos;
            waiting.put(event.roomId(), position);
            return;
        }
        position.advance(event);
        deliver.accept(event);
    }

    /** When the next held event is due (a {@link System#nanoTime()} value), or -1 when none is held. */
    long nextDeadline() {
        long next = -1;
        for (Position position : waiting.values()) {
            if (next == -1 || position.deadline - next < 0) {
                next = position.deadline;
            }
        }
        return next;
    }

    /** Fills the gaps that waited long enough from the database, then delivers what they held. */
    void repairDue(long now, Consumer<Event.RoomEvent> deliver) {
        for (var entry : List.copyOf(waiting.entrySet())) {
            Position position = entry.getValue();
            if (now - position.deadline >= 0) {
                try {
                    catchUp(entry.getKey(), position, deliver);
                    release(entry.getKey(), position, deliver);
                } catch (RuntimeException e) {
                    LOG.warn("cannot read what room {} is missing yet ({}); retrying", entry.getKey(), e.getMessage());
                    position.deadline = now + RETRY.toNanos();
                }
            }
        }
    }

    /**
     * After the bus may have lost events: every ordered room catches up with the database —
     * messages and every other change — then delivers what it held; a room that was deleted
     * meanwhile is told as deleted.
     */
    void repairAll(Consumer<Event.RoomEvent> deliver) {
        for (UUID roomId : roomIds()) {
            Position position = rooms.get(roomId);
            if (position == null) {
                continue;
            }
            if (missed.position(roomId).isEmpty()) {
                rooms.remove(roomId);
                waiting.remove(roomId);
                deliver.accept(new Event.RoomDeleted(roomId, Math.max(0, position.seq), List.of()));
                continue;
            }
            catchUp(roomId, position, deliver);
            release(roomId, position, deliver);
        }
    }

    /** Delivers, in order, everything the database holds past the room's position. */
    private void catchUp(UUID roomId, Position position, Consumer<Event.RoomEvent> deliver) {
        if (position.seq == UNKNOWN || position.change == UNKNOWN) {
            // First seen through one event: what came before it was never this node's to deliver.
            RoomPosition now = missed.position(roomId).orElse(RoomPosition.START);
            position.seq = position.seq == UNKNOWN ? firstHeld(position, true, now.lastSeq() + 1) - 1 : position.seq;
            position.change = position.change == UNKNOWN
                    ? firstHeld(position, false, now.lastChange() + 1) - 1 : position.change;
        }
        while (true) {
            RoomTail tail = missed.after(roomId, new RoomPosition(position.seq, position.change), REPAIR_PAGE);
            for (Event.RoomEvent event : tail.events()) {
                if (!position.repeats(event)) {
                    position.advance(event);
                    deliver.accept(event);
                }
            }
            if (tail.complete() || tail.events().isEmpty()) {
                return;
            }
        }
    }

    /**
     * Delivers held events while they follow on: in arrival order, except that when the first
     * is not next of its counter, the held message or change that is goes first (a late lower
     * seq or change); repeats are dropped; stops at the next gap.
     */
    private void release(UUID roomId, Position position, Consumer<Event.RoomEvent> deliver) {
        while (true) {
            position.held.removeIf(position::repeats);
            if (position.held.isEmpty()) {
                break;
            }
            int at = position.due(position.held.getFirst()) ? 0 : -1;
            for (int i = 1; at == -1 && i < position.held.size(); i++) {
                Event.RoomEvent later = position.held.get(i);
                boolean counted = later instanceof Event.MessagePosted || later instanceof Event.RoomChange;
                if (counted && position.due(later)) {
                    at = i;
                }
            }
            if (at == -1) {
                break;
            }
            Event.RoomEvent next = position.held.remove(at);
            position.advance(next);
            deliver.accept(next);
        }
        if (position.held.isEmpty()) {
            waiting.remove(roomId);
        }
    }

    /** The lowest held seq (or change), or {@code otherwise} when none is held. */
    private static long firstHeld(Position position, boolean seqs, long otherwise) {
        long first = otherwise;
        for (Event.RoomEvent event : position.held) {
            long number = switch (event) {
                case Event.MessagePosted posted when seqs -> posted.message().seq();
                case Event.RoomChange changed when !seqs -> changed.change();
                default -> Long.MAX_VALUE;
            };
            first = Math.min(first, number);
        }
        return first;
    }
}
