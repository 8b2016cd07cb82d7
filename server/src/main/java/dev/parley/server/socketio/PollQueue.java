package dev.parley.server.socketio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packets waiting for a long-polling client's next GET. A writer's callback runs when a
 * GET took its packet, so the connection's outbox counts a client that does not poll as slow.
 * One GET at a time: a second one while the first waits is a protocol error.
 */
final class PollQueue {
    /** A packet and what to run once it left (null: nothing). */
    record Entry(String packet, Runnable taken) {
    }

    /** What a GET takes: the body, and the callbacks to run once it is written. */
    record Taken(String payload, List<Runnable> taken) {
        void written() {
            taken.forEach(Runnable::run);
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private boolean waiting;
    private boolean closed;

    synchronized void add(String packet, Runnable taken) {
        entries.add(new Entry(packet, taken));
        notifyAll();
    }

    /**
     * Waits up to {@code max} for packets and takes them all (a close packet once the session
     * closed, a noop when nothing came). Null when another GET is waiting already.
     */
    Taken take(Duration max) throws InterruptedException {
        List<Entry> got;
        synchronized (this) {
            if (waiting) {
                return null;
            }
            waiting = true;
            try {
                long deadline = System.nanoTime() + max.toNanos();
                while (entries.isEmpty() && !closed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    wait(Math.max(1, left / 1_000_000));
                }
            } finally {
                waiting = false;
            }
            got = List.copyOf(entries);
            entries.clear();
        }
        List<String> packets = new ArrayList<>(got.size() + 1);
        List<Runnable> callbacks = new ArrayList<>();
        for (Entry entry : got) {
            packets.add(entry.packet());
            if (entry.taken() != null) {
                callbacks.add(entry.taken());
            }
        }
        if (packets.isEmpty()) {
            packets.add(String.valueOf(closedNow() ? EnginePackets.CLOSE : EnginePackets.NOOP));
        }
        return new Taken(EnginePackets.join(packets), callbacks);
    }

    /** Everything waiting, for the transport that replaces polling; a waiting GET gets a noop. */
    synchronized List<Entry> drain() {
        List<Entry> drained = List.copyOf(entries);
        entries.clear();
        add(String.valueOf(EnginePackets.NOOP), null);
        return drained;
    }

    /** The session ended: a waiting GET returns what is queued, then a close packet. */
    synchronized void close() {
        if (!closed) {
            entries.add(new Entry(String.valueOf(EnginePackets.CLOSE), null));
            closed = true;
            notifyAll();
        }
    }

    private synchronized boolean closedNow() {
        return closed;
    }
}
