package dev.parley.server.socketio;

import dev.parley.core.auth.Credential;
import dev.parley.server.delivery.ClientSession;
import dev.parley.server.delivery.Delivery;
import dev.parley.server.delivery.Ending;
import dev.parley.server.delivery.FrameSink;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One Socket.IO client connected to {@code /chat}, as the fan-out sees it: a
 * {@link ClientSession} written to its Engine.IO connection, like a native session. Only events
 * with a Conduit form reach it.
 */
final class ChatSocket extends ClientSession {
    private final Credential credential;
    private final EngineSession engine;
    private final ConduitEncoding encoding;
    private final AtomicLong sends = new AtomicLong();

    ChatSocket(String id, Credential credential, EngineSession engine, ConduitEncoding encoding, int outboxSize,
            Executor writers) {
        super(id, new Sink(engine, encoding), outboxSize, writers, encoding, encoding::ack);
        this.credential = credential;
        this.engine = engine;
        this.encoding = encoding;
        actorChanged(credential.actor());
    }

    @Override
    public String userId() {
        return credential.actor().userId();
    }

    @Override
    public Credential credential() {
        return credential;
    }

    @Override
    public void deliver(Delivery delivery) {
        if (ConduitEncoding.carries(delivery.event())) {
            super.deliver(delivery);
        }
    }

    /** A clientId for the next send: unique to this connection, so a send is never taken for a retry. */
    String nextClientId() {
        return "sio-" + id() + "-" + sends.incrementAndGet();
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
