package dev.parley.server.ws;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Credential;
import dev.parley.server.delivery.Delivery;
import dev.parley.server.delivery.DeliveryLedger;
import dev.parley.server.delivery.Ending;
import dev.parley.server.delivery.Outbox;
import dev.parley.server.delivery.Recipient;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;

/**
 * One native WebSocket client: who it is, its {@link Outbox} (bounded, pumped to the socket by
 * writer threads) and its {@link DeliveryLedger} (exactly-once, ack before echo, hold during a
 * replay). The frames it sends are handled by the {@link FrameHandlers}.
 */
final class WsSession implements Recipient {
    static final int MAX_SENDS_IN_FLIGHT = 128;

    private final String id;
    private final Set<UUID> rooms = ConcurrentHashMap.newKeySet();
    private final Outbox outbox;
    private final DeliveryLedger ledger;
    /** Bounds a client's pipelined sends; the read loop waits for a permit (TCP backpressure). */
    private final Semaphore sendsInFlight = new Semaphore(MAX_SENDS_IN_FLIGHT);
    private volatile Credential credential;
    private volatile Actor actor;

    WsSession(String id, JettyConnection connection, int outboxSize, Executor writers, Frames frames) {
        this.id = id;
        this.outbox = new Outbox(connection, outboxSize, writers);
        this.ledger = new DeliveryLedger(outbox, frames, frames::ack, this::userId);
    }

    @Override
    public String id() {
        return id;
    }

    boolean isReady() {
        return credential != null;
    }

    @Override
    public Credential credential() {
        return credential;
    }

    Actor actor() {
        return actor;
    }

    @Override
    public String userId() {
        return credential == null ? null : credential.actor().userId();
    }

    void authenticated(Credential verified) {
        this.actor = verified.actor();
        this.credential = verified;
    }

    @Override
    public void actorChanged(Actor changed) {
        this.actor = changed;
    }

    @Override
    public Set<UUID> rooms() {
        return rooms;
    }

    @Override
    public void deliver(Delivery delivery) {
        ledger.deliver(delivery);
    }

    @Override
    public void forget(UUID roomId) {
        ledger.forget(roomId);
    }

    /** A reply to this client (ack, error, pong, ready…): never blocks; counts against the outbox. */
    void reply(String frame) {
        outbox.send(frame);
    }

    DeliveryLedger ledger() {
        return ledger;
    }

    /**
     * Waits until fewer than {@link #MAX_SENDS_IN_FLIGHT} of this client's sends are in flight
     * and its outbox is less than half full: a client that pipelines sends faster than it reads
     * the answers is slowed down (its socket stops being read) instead of overflowing its own
     * outbox.
     */
    void startSend() throws InterruptedException {
        outbox.awaitBelow(0.5);
        sendsInFlight.acquire();
    }

    void sendDone() {
        sendsInFlight.release();
    }

    @Override
    public void end(Ending ending, String reason) {
        outbox.end(ending, reason);
    }

    /** The socket closed by itself: nothing more is queued. */
    void closed() {
        outbox.discard();
    }

    boolean isClosed() {
        return outbox.isClosed();
    }
}
