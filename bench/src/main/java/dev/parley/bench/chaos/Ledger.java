package dev.parley.bench.chaos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every write the clients made, in the order each client made them, with what came back: the
 * server acknowledged it, refused it (a 4xx or an error frame: nothing changed), or the answer
 * never came (a cut, a timeout, a 5xx: it may or may not have happened). A write's {@code key}
 * names what it sets ({@code text:<messageId>}, {@code reaction:<messageId>:<emoji>:<user>},
 * {@code member:<roomId>:<user>}, {@code send:<clientId>}); only one client ever writes a key.
 */
final class Ledger {
    enum Outcome { ACKED, REFUSED, UNKNOWN }

    /** One write: {@code value} is what the key holds after it ("deleted", a text, "in", "out", a message id). */
    record Write(String key, String value, String roomId, long attemptedAt, long answeredAt, Outcome outcome) {
    }

    private final List<Write> writes = new ArrayList<>();

    synchronized void record(String key, String value, String roomId, long attemptedAt, Outcome outcome) {
        writes.add(new Write(key, value, roomId, attemptedAt, System.currentTimeMillis(), outcome));
    }

    synchronized List<Write> all() {
        return List.copyOf(writes);
    }

    /**
     * For each key, its last write that was not refused — when that one was acknowledged: the
     * state the database must show. Keys whose last such write is unknown are left out.
     */
    synchronized Map<String, Write> expected() {
        Map<String, Write> last = new LinkedHashMap<>();
        for (Write write : writes) {
            if (write.outcome() != Outcome.REFUSED) {
                last.put(write.key(), write);
            }
        }
        last.values().removeIf(w -> w.outcome() != Outcome.ACKED);
        return last;
    }
}
