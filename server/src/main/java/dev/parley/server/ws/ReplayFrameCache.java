package dev.parley.server.ws;

import dev.parley.core.message.Message;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Encoded JSON shared by every session a {@code sync} replays to, so a message or a change is
 * serialized once per node, not once per session that missed it. Two kinds of entry:
 * <ul>
 * <li>a message's JSON by (room, seq), with the message it was written from: it is served only
 * to a replay that read the very same message back (record equality), so an edit, a deletion,
 * a reaction or a streamed append read since is a miss that replaces the entry — never a stale
 * frame. The fan-out puts each new message's JSON here as it encodes it for live delivery, so
 * sessions shed and resyncing right after find it;</li>
 * <li>a change's frame by (room, change number): the change log never alters a numbered change.</li>
 * </ul>
 * Bounded by an estimate of the bytes it holds (the oldest entries leave first), safe for
 * concurrent use; {@code maxBytes} 0 turns it off.
 */
final class ReplayFrameCache {
    /** Rough cost of an entry beyond its text: the key, the entry, the map and queue nodes. */
    private static final long OVERHEAD = 160;

    private record Key(UUID roomId, long position, boolean change) {
    }

    /** {@code state}: the message the text was written from; null for a change. */
    private record Entry(Key key, Message state, String text, long bytes) {
    }

    private final long maxBytes;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    /** Every entry put and not yet evicted, oldest first (replaced ones too: their bytes count until they leave). */
    private final Queue<Entry> order = new ConcurrentLinkedQueue<>();
    private final AtomicLong bytes = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    ReplayFrameCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The JSON of {@code message} as it is: the cached one when it was written from an equal message, else {@code encode}'s. */
    String message(Message message, Supplier<String> encode) {
        Entry entry = entries.get(new Key(message.roomId(), message.seq(), false));
        if (entry != null && entry.state().equals(message)) {
            hits.increment();
            return entry.text();
        }
        misses.increment();
        String json = encode.get();
        putMessage(message, json);
        return json;
    }

    /** Remembers the JSON of {@code message} (written by the live fan-out). */
    void putMessage(Message message, String json) {
        // The text, and the message kept to compare against: about as large again.
        put(new Entry(new Key(message.roomId(), message.seq(), false), message, json, 2L * json.length() + OVERHEAD));
    }

    /** The frame of the room's change numbered {@code change}: cached, else {@code encode}'s. */
    String change(UUID roomId, long change, Supplier<String> encode) {
        Key key = new Key(roomId, change, true);
        Entry entry = entries.get(key);
        if (entry != null) {
            hits.increment();
            return entry.text();
        }
        misses.increment();
        String frame = encode.get();
        put(new Entry(key, null, frame, frame.length() + OVERHEAD));
        return frame;
    }

    private void put(Entry entry) {
        if (maxBytes <= 0 || entry.bytes() > maxBytes) {
            return;
        }
        entries.put(entry.key(), entry);
        order.add(entry);
        long held = bytes.addAndGet(entry.bytes());
        while (held > maxBytes) {
            Entry oldest = order.poll();
            if (oldest == null) {
                return;
            }
            entries.remove(oldest.key(), oldest); // unless a newer entry replaced it
            held = bytes.addAndGet(-oldest.bytes());
        }
    }

    long hits() {
        return hits.sum();
    }

    long misses() {
        return misses.sum();
    }

    /** The estimated bytes held. */
    long bytes() {
        return bytes.get();
    }

    int entries() {
        return entries.size();
    }
}
