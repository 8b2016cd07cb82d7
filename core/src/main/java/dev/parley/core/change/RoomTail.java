package dev.parley.core.change;

import dev.parley.core.event.Event;
import dev.parley.core.message.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * What a room went through after a position, in the room's order: its new messages (by seq)
 * and its other changes (by number), merged. A change made when the room's last seq was
 * {@code L} comes after message {@code L} and before message {@code L + 1} — both counters
 * move under the room's row lock, so that order is the commit order. Messages are replayed as
 * they are now; the changes after them bring the client to the same state in order.
 *
 * @param events   the events, in order
 * @param reached  the position after the last event ({@code from} when there is none)
 * @param complete false when a page ran full: read on from {@code reached}
 */
public record RoomTail(List<Event.RoomEvent> events, RoomPosition reached, boolean complete) {

    /**
     * Merges a page of messages above {@code from.lastSeq()} and a page of changes above
     * {@code from.lastChange()}, each of at most {@code limit} (a full page may have more
     * behind it: what could come after its end is left for the next read).
     */
    public static RoomTail merge(RoomPosition from, List<Message> messages, List<Event.RoomChange> changes, int limit) {
        boolean messagesFull = messages.size() >= limit;
        boolean changesFull = changes.size() >= limit;
        // A change may only follow messages that are all here; a message only changes that are.
        long lastSeqHeld = messagesFull ? messages.getLast().seq() : Long.MAX_VALUE;
        long changesKnownUpToSeq = changesFull ? changes.getLast().lastSeq() : Long.MAX_VALUE;
        List<Event.RoomEvent> events = new ArrayList<>(messages.size() + changes.size());
        long seq = from.lastSeq();
        long change = from.lastChange();
        int m = 0;
        int c = 0;
        boolean cut = false;
        while (m < messages.size() || c < changes.size()) {
            Message message = m < messages.size() ? messages.get(m) : null;
            Event.RoomChange next = c < changes.size() ? changes.get(c) : null;
            if (next != null && (message == null || next.lastSeq() < message.seq())) {
                if (next.lastSeq() > lastSeqHeld) {
                    cut = true;
                    break;
                }
                events.add(next);
                change = next.change();
                c++;
            } else {
                if (message.seq() > changesKnownUpToSeq) {
                    cut = true;
                    break;
                }
                events.add(new Event.MessagePosted(message));
                seq = message.seq();
                m++;
            }
        }
        return new RoomTail(List.copyOf(events), new RoomPosition(seq, change), !cut && !messagesFull && !changesFull);
    }
}
