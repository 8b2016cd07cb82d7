package dev.parley.server.socketio;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Credential;
import dev.parley.server.delivery.Delivery;
import dev.parley.server.delivery.DeliveryLedger;
import dev.parley.server.delivery.Ending;
import dev.parley.server.delivery.FrameSink;
import dev.parley.server.delivery.Outbox;
import dev.parley.server.delivery.Recipient;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One Socket.IO client connected to {@code /chat}, as the fan-out sees it: a {@link Recipient}
 * with its own bounded {@link Outbox} (written to its Engine.IO connection) and
 * {@link DeliveryLedger} (each message once, the ack of a send before its echo), like a native
 * session. Only events with a Conduit form reach it.
 */
final class ChatSocket implements Recipient {
    static final int MAX_SENDS_IN_FLIGHT = 128;

    private final String id;
    private final Credential credential;
    private final EngineSession engine;
    private final ConduitEncoding encoding;
    private final Set<UUID> rooms = ConcurrentHashMap.newKeySet();
    private final Outbox outbox;
    private final DeliveryLedger ledger;
    private final Semaphore sendsInFlight = new Semaphore(MAX_SENDS_IN_FLIGHT);
    private final AtomicLong sends = new AtomicLong();
    private volatile Actor actor;

    ChatSocket(String id, Credential credential, EngineSession engine, ConduitEncoding encoding, int outboxSize,
            Executor writers) {
        this.id = id;
        this.credential = credential;
        this.actor = credential.actor();
        this.engine = engine;
        this.encoding = encoding;
        this.outbox = new Outbox(new Sink(engine, encoding), outboxSize, writers);
        this.ledger = new DeliveryLedger(outbox, encoding, encoding::ack, this::userId);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String userId() {
        return credential.actor().userId();
    }

    @Override
    public Credential credential() {
        return credential;
    }

    Actor actor() {
        return actor;
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
        if (ConduitEncoding.carries(delivery.event())) {
            ledger.deliver(delivery);
        }
    }

    @Override
    public void forget(UUID roomId) {
        ledger.forget(roomId);
    }

    @Override
    public void end(Ending ending, String reason) {
        outbox.end(ending, reason);
    }

    /** The Engine.IO connection closed by itself: nothing more is queued. */
    void closed() {
        outbox.discard();
    }

    /** A reply to this client (connect, ack, error): never blocks; counts against the outbox. */
    void reply(String packet) {
        outbox.send(packet);
    }

    DeliveryLedger ledger() {
        return ledger;
    }

    /** A clientId for the next send: unique to this connection, so a send is never taken for a retry. */
    String nextClientId() {
        return "sio-" + id + "-" + sends.incrementAndGet();
    }

    /** Waits while this client has many sends in flight or its outbox is half full (its reads slow down). */
    void startSend() throws InterruptedException {
        outbox.awaitBelow(0.5);
        sendsInFlight.acquire();
    }

    void sendDone() {
        sendsInFlight.release();
    }

    EngineSession engine() {
        return engine;
    }

    /** The events in the namespace this client connected to. */
    ConduitEncoding encoding() {
        return encoding;
    }

    /**
     * The Engine.IO connection as the outbox sees it. Ending it closes the transport, which the
     * client answers by reconnecting — except when its credential no longer holds: then the
     * namespace is disconnected first ({@code io server disconnect}: the client does not retry).
     * A WebSocket closes with the native gateway's codes (4401, 4408, 1012, 1011).
     */
    private record Sink(EngineSession engine, ConduitEncoding encoding) implements FrameSink {
        @Override
        public void write(String frame) {
            engine.send(frame);
        }

        @Override
        public void write(String frame, Runnable written, Consumer<Throwable> failed) {
            engine.send(frame, written, failed);
        }

        @Override
        public void end(Ending ending, String reason) {
            if (ending == Ending.UNAUTHENTICATED) {
                engine.send(encoding.disconnect());
            }
            engine.close(switch (ending) {
                case UNAUTHENTICATED -> 4401;
                case SLOW_CONSUMER -> 4408;
                case RESTARTING -> 1012;
                case BROKEN -> 1011;
            }, reason);
        }
    }
}
