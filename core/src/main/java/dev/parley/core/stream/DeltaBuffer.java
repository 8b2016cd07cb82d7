package dev.parley.core.stream;

import dev.parley.core.event.Event;
import dev.parley.core.store.Transactor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Coalesces the appends to streaming messages: the pieces of one message that follow each other
 * are joined into one {@link Event.MessageDelta}, and {@link #flush} announces what gathered
 * (every ~100 ms, from the node's timer), so members get a few frames per second per stream
 * rather than one per token. Pieces that do not join (an append handled by another node in
 * between) are announced as they are; clients place them by their offset.
 */
public final class DeltaBuffer {
    private final Transactor store;
    private final Map<UUID, Event.MessageDelta> pending = new LinkedHashMap<>();

    public DeltaBuffer(Transactor store) {
        this.store = store;
    }

    /** Holds a committed append until the next {@link #flush}. */
    public void add(Event.MessageDelta delta) {
        Event.MessageDelta ready;
        synchronized (this) {
            Event.MessageDelta held = pending.get(delta.messageId());
            if (held == null) {
                pending.put(delta.messageId(), delta);
                return;
            }
            if (end(held) == delta.offset()) {
                pending.put(delta.messageId(), joined(held, delta));
                return;
            }
            if (end(delta) == held.offset()) {
                pending.put(delta.messageId(), joined(delta, held));
                return;
            }
            ready = held;
            pending.put(delta.messageId(), delta);
        }
        store.announce(ready);
    }

    /** Announces every delta held, in the order they were first held. */
    public void flush() {
        List<Event.MessageDelta> ready;
        synchronized (this) {
            if (pending.isEmpty()) {
                return;
            }
            ready = new ArrayList<>(pending.values());
            pending.clear();
        }
        ready.forEach(store::announce);
    }

    /** Drops what is held for a message whose stream ended: its {@code message.updated} carries the whole text. */
    public synchronized void discard(UUID messageId) {
        pending.remove(messageId);
    }

    private static int end(Event.MessageDelta delta) {
        return delta.offset() + delta.append().length();
    }

    private static Event.MessageDelta joined(Event.MessageDelta first, Event.MessageDelta second) {
        return new Event.MessageDelta(first.roomId(), Math.max(first.lastSeq(), second.lastSeq()), first.messageId(),
                first.seq(), first.offset(), first.append() + second.append());
    }
}
