package dev.parley.server.delivery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connection's bounded queue of frames and the pump that writes them. Whoever queues never
 * blocks and never writes: the pump runs on a writer thread and hands piled-up frames to the
 * transport in batches. A client that cannot keep up — the queue is full — is ended with
 * {@link Ending#SLOW_CONSUMER} and resyncs.
 *
 * <p>Its monitor is the connection's one lock: the {@link DeliveryLedger} holds it while it
 * decides what to queue (methods named {@code …Locked} expect it held), and waits on it for room.
 */
public final class Outbox {
    private static final int WRITE_BATCH = 32;

    private final FrameSink sink;
    private final int capacity;
    private final Executor writers;
    private final ArrayDeque<String> frames = new ArrayDeque<>();
    private boolean pumping;
    private boolean closed;

    public Outbox(FrameSink sink, int capacity, Executor writers) {
        this.sink = sink;
        this.capacity = capacity;
        this.writers = writers;
    }

    /** Queues a reply to this client (ack, error, pong…): never blocks; counts against the capacity. */
    public void send(String frame) {
        boolean pump;
        synchronized (this) {
            pump = !closed && offerLocked(frame);
        }
        pumpIf(pump);
    }

    /** Waits until the queue is less than {@code fraction} full (a client pipelining sends is read no faster). */
    public synchronized void awaitBelow(double fraction) throws InterruptedException {
        while (!closed && frames.size() >= capacity * fraction) {
            wait(100);
        }
    }

    /** Ends the connection; queued frames are dropped. Returns false when it had ended already. */
    public boolean end(Ending ending, String reason) {
        synchronized (this) {
            if (!closeLocked()) {
                return false;
            }
        }
        sink.end(ending, reason);
        return true;
    }

    /** The connection closed by itself: drops what is queued, ends nothing. */
    public synchronized void discard() {
        closeLocked();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    boolean isClosedLocked() {
        return closed;
    }

    boolean isFullLocked() {
        return frames.size() >= capacity;
    }

    int capacity() {
        return capacity;
    }

    /** @return true when the pump was idle: the caller starts it with {@link #pumpIf} once it left the lock */
    boolean offerLocked(String frame) {
        if (closed) {
            return false;
        }
        if (frames.size() >= capacity) {
            overflowLocked();
            return false;
        }
        frames.add(frame);
        if (pumping) {
            return false;
        }
        pumping = true;
        return true;
    }

    /** The client cannot keep up: ends it, off the delivering thread. */
    void overflowLocked() {
        if (closeLocked()) {
            Thread.ofVirtual().start(() -> sink.end(Ending.SLOW_CONSUMER, "slow consumer: resync"));
        }
    }

    private boolean closeLocked() {
        if (closed) {
            return false;
        }
        closed = true;
        frames.clear();
        notifyAll();
        return true;
    }

    /** Hands the queue to a writer thread: the delivering thread (the fan-out) never writes. */
    void pumpIf(boolean start) {
        if (start) {
            writers.execute(this::pump);
        }
    }

    /**
     * On a writer thread, never under the lock: hands up to {@value #WRITE_BATCH} queued frames
     * to the transport at once (piled-up frames leave in one gathering write); continues here
     * when the batch completes at once, else from its last frame's callback (a failure ends
     * the connection).
     */
    private void pump() {
        List<String> batch = new ArrayList<>(WRITE_BATCH);
        while (true) {
            batch.clear();
            synchronized (this) {
                while (!closed && batch.size() < WRITE_BATCH && !frames.isEmpty()) {
                    batch.add(frames.poll());
                }
                if (batch.isEmpty()) {
                    pumping = false;
                    return;
                }
                notifyAll();
            }
            int last = batch.size() - 1;
            for (int i = 0; i < last; i++) {
                sink.write(batch.get(i));
            }
            AtomicInteger race = new AtomicInteger();
            sink.write(batch.get(last), () -> {
                if (!race.compareAndSet(0, 1)) {
                    pump();
                }
            }, failure -> end(Ending.BROKEN, "send failed"));
            if (!race.compareAndSet(0, 2)) {
                continue;
            }
            return;
        }
    }
}
