package dev.parley.server.delivery;

import dev.parley.core.event.Event;
import dev.parley.core.message.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Puts each room's events back in {@code seq} order before the fan-out delivers them. A
 * node's own messages arrive in order, but other nodes' come over the bus late, out of order,
 * twice or not at all. Per room this keeps the last seq delivered: a repeat is dropped; a
 * message above the next seq is held (with every later event of the room) for a short wait,
 * then the missing messages are read from the database, which has them — a seq is visible
 * only after every lower seq of its room committed. Used by the fan-out thread only.
 */
public final class RoomOrder {
    /** Reads a room's messages above a seq, oldest first. */
    public interface Missed {
        List<Message> after(UUID roomId, long afterSeq, int limit);
    }

    static final int REPAIR_PAGE = 500;
    private static final java.time.Duration RETRY = java.time.Duration.ofSeconds(1);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RoomOrder.class);

    private final Missed missed;
    private final long holdNanos;
    private final Map<UUID, Position> rooms = new HashMap<>();
    /** The rooms holding events behind a gap: the only ones the timers look at. */
    private final Map<UUID, Position> waiting = new HashMap<>();

    private static final class Position {
        long last;
        final List<Event.RoomEvent> held = new ArrayList<>();
        long deadline;

        Position(long last) {
            this.last = last;
        }
    }

    RoomOrder(Missed missed, long holdNanos) {
        this.missed = missed;
        this.holdNanos = holdNanos;
    }

    /**
     * Starts ordering a room at {@code lastSeq} (what the database held when a session of this
     * node joined it); a room already ordered keeps its place.
     */
    void track(UUID roomId, long lastSeq) {
        rooms.putIfAbsent(roomId, new Position(lastSeq));
    }

    /** Stops ordering the rooms no session of this node is in, unless they hold events. */
    void forgetAllBut(Set<UUID> inUse) {
        rooms.entrySet().removeIf(entry -> entry.getValue().held.isEmpty() && !inUse.contains(entry.getKey()));
    }

    int tracked() {
        return rooms.size();
    }

    /** Takes one event; {@code deliver} gets those that are due now, in order. */
    void accept(Event.RoomEvent event, long now, Consumer<Event.RoomEvent> deliver) {
        Position position = rooms.get(event.roomId());
        if (position == null) {
            if (!(event instanceof Event.MessagePosted posted)) {
                deliver.accept(event);
                return;
            }
            position = new Position(posted.message().seq() - 1);
            rooms.put(event.roomId(), position);
        }
        if (!position.held.isEmpty()) {
            position.held.add(event);
            release(event.roomId(), position, deliver);
            return;
        }
        if (event instanceof Event.MessagePosted posted) {
            long seq = posted.message().seq();
            if (seq <= position.last) {
                return;
            }
            if (seq > position.last + 1) {
                position.held.add(event);
                position.deadline = now + holdNanos;
                waiting.put(event.roomId(), position);
                return;
            }
            position.last = seq;
        }
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
                    catchUp(entry.getKey(), position, firstHeldSeq(position) - 1, deliver);
                    release(entry.getKey(), position, deliver);
                } catch (RuntimeException e) {
                    LOG.warn("cannot read the messages missing in room {} yet ({}); retrying", entry.getKey(),
                            e.getMessage());
                    position.deadline = now + RETRY.toNanos();
                }
            }
        }
    }

    /**
     * After the bus may have lost events: every ordered room catches up with the database to
     * its newest message, then delivers what it held.
     */
    void repairAll(Consumer<Event.RoomEvent> deliver) {
        for (var entry : rooms.entrySet()) {
            catchUp(entry.getKey(), entry.getValue(), Long.MAX_VALUE, deliver);
            release(entry.getKey(), entry.getValue(), deliver);
        }
    }

    private void catchUp(UUID roomId, Position position, long upTo, Consumer<Event.RoomEvent> deliver) {
        while (position.last < upTo) {
            List<Message> page = missed.after(roomId, position.last, REPAIR_PAGE);
            for (Message message : page) {
                if (message.seq() > upTo) {
                    return;
                }
                position.last = message.seq();
                deliver.accept(new Event.MessagePosted(message));
            }
            if (page.size() < REPAIR_PAGE) {
                return;
            }
        }
    }

    /**
     * Delivers held events while they follow on: non-message events in arrival order, messages
     * in seq order (a late lower seq goes first); repeats are dropped; stops at the next gap.
     */
    private void release(UUID roomId, Position position, Consumer<Event.RoomEvent> deliver) {
        position.held.removeIf(event -> seqOf(event) != -1 && seqOf(event) <= position.last);
        while (!position.held.isEmpty()) {
            Event.RoomEvent next = position.held.getFirst();
            if (seqOf(next) == -1) {
                deliver.accept(position.held.removeFirst());
                continue;
            }
            int at = indexOfSeq(position.held, position.last + 1);
            if (at == -1) {
                return;
            }
            position.last++;
            deliver.accept(position.held.remove(at));
        }
        waiting.remove(roomId);
    }

    private static int indexOfSeq(List<Event.RoomEvent> held, long seq) {
        for (int i = 0; i < held.size(); i++) {
            if (seqOf(held.get(i)) == seq) {
                return i;
            }
        }
        return -1;
    }

    /** The seq of a message event, -1 for other events. */
    private static long seqOf(Event.RoomEvent event) {
        return event instanceof Event.MessagePosted posted ? posted.message().seq() : -1;
    }

    private static long firstHeldSeq(Position position) {
        return position.held.stream().mapToLong(RoomOrder::seqOf).filter(seq -> seq != -1).min()
                .orElse(position.last + 1);
    }
}
