package dev.parley.server.delivery;

import dev.parley.core.auth.Actor;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;

/**
 * What every transport's session has in common: its rooms, its bounded {@link Outbox} (pumped
 * to the transport's {@link FrameSink} by writer threads), its {@link DeliveryLedger}
 * (exactly-once, ack before echo, hold during a replay), the actor it acts as, and the bound
 * on its pipelined sends. A transport adds who the client is and what it reads.
 */
public abstract class ClientSession implements Recipient {
    public static final int MAX_SENDS_IN_FLIGHT = 128;

    private final String id;
    private final Set<UUID> rooms = ConcurrentHashMap.newKeySet();
    private final Outbox outbox;
    private final DeliveryLedger ledger;
    /** Bounds a client's pipelined sends; the read loop waits for a permit (TCP backpressure). */
    private final Semaphore sendsInFlight = new Semaphore(MAX_SENDS_IN_FLIGHT);
    private volatile Actor actor;

    protected ClientSession(String id, FrameSink sink, int outboxSize, Executor writers, Encoding<String> encoding,
            DeliveryLedger.Acks acks) {
        this.id = id;
        this.outbox = new Outbox(sink, outboxSize, writers);
        this.ledger = new DeliveryLedger(outbox, encoding, acks, this::userId);
    }

    @Override
    public final String id() {
        return id;
    }

    /** Whom this session's requests act as (a changed app role applies to the next one). */
    public final Actor actor() {
        return actor;
    }

    @Override
    public final boolean actorChanged(Actor changed) {
        Actor before = actor;
        this.actor = changed;
        return before != null && before.role() != changed.role();
    }

    @Override
    public final Set<UUID> rooms() {
        return rooms;
    }

    @Override
    public void deliver(Delivery delivery) {
        ledger.deliver(delivery);
    }

    @Override
    public final void forget(UUID roomId) {
        ledger.forget(roomId);
    }

    @Override
    public final void end(Ending ending, String reason) {
        outbox.end(ending, reason);
    }

    /** A reply to this client (ack, error, pong, ready…): never blocks; counts against the outbox. */
    public final void reply(String frame) {
        outbox.send(frame);
    }

    public final DeliveryLedger ledger() {
        return ledger;
    }

    /**
     * Waits until fewer than {@link #MAX_SENDS_IN_FLIGHT} of this client's sends are in flight
     * and its outbox is less than half full: a client that pipelines sends faster than it reads
     * the answers is slowed down (its socket stops being read) instead of overflowing its own
     * outbox.
     */
    public final void startSend() throws InterruptedException {
        outbox.awaitBelow(0.5);
        sendsInFlight.acquire();
    }

    public final void sendDone() {
        sendsInFlight.release();
    }

    /** The transport closed by itself: nothing more is queued. */
    public final void closed() {
        outbox.discard();
    }

    public final boolean isClosed() {
        return outbox.isClosed();
    }
}
