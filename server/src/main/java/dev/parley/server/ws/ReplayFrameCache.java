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
 * frame. The fan-out puts each new message's live frame here as it writes it (the JSON is cut out
 * of it on the first replay), so sessions shed and resyncing right after find it;</li>
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

    /**
     * {@code state}: the message the text was written from (null for a change); {@code liveLastSeq}:
     * the text is the live {@code message.new} written with that lastSeq, else (-1) the message's JSON alone.
     */
    private record Entry(Key key, Message state, String text, long liveLastSeq, long bytes) {
        String json() {
            return liveLastSeq < 0 ? text : NewMessageText.json(text, state, liveLastSeq);
        }
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

    /**
     * The {@code message.new} of {@code message} as it is, with {@code lastSeq}: around the cached
     * JSON when it was written from an equal message, else around {@code encode}'s.
     */
    String message(Message message, long lastSeq, Supplier<String> encode) {
        Entry entry = entries.get(new Key(message.roomId(), message.seq(), false));
        String json = entry != null && entry.state().equals(message) ? entry.json() : null;
        if (json != null) {
            hits.increment();
        } else {
            misses.increment();
            json = encode.get();
            // The JSON, and the message kept to compare against: about as large again.
            put(new Entry(new Key(message.roomId(), message.seq(), false), message, json, -1,
                    2L * json.length() + OVERHEAD));
        }
        return NewMessageText.frame(message, lastSeq, json);
    }

    /** Remembers the live frame of a new message, written by the fan-out with {@code lastSeq}: no copy, one put. */
    void putLive(Message message, long lastSeq, String frame) {
        put(new Entry(new Key(message.roomId(), message.seq(), false), message, frame, lastSeq,
                2L * frame.length() + OVERHEAD));
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
        put(new Entry(key, null, frame, -1, frame.length() + OVERHEAD));
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
