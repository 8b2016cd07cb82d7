package dev.parley.bench.limit;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One WebSocket of the limit server: who it is, its rooms, and its outgoing frames. As in
 * Parley, the thread that sends (here the room's poster) only queues; a writer thread hands
 * the queue to Jetty, one drain per session at a time, so frames keep their order and socket
 * writes spread over the writer pool. Unlike Parley, the queue has no bound.
 */
final class LimitSession {
    private final Session socket;
    private final Executor writers;
    private final Queue<String> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final List<LimitRoom> rooms = new ArrayList<>();
    private volatile String userId;

    LimitSession(Session socket, Executor writers) {
        this.socket = socket;
        this.writers = writers;
    }

    String userId() {
        return userId;
    }

    boolean isAuthenticated() {
        return userId != null;
    }

    void authenticate(String userId, List<LimitRoom> memberOf) {
        this.userId = userId;
        rooms.addAll(memberOf);
        memberOf.forEach(room -> room.join(this));
    }

    void leaveAll() {
        rooms.forEach(room -> room.leave(this));
    }

    void send(String text) {
        outbox.add(text);
        if (draining.compareAndSet(false, true)) {
            writers.execute(this::drain);
        }
    }

    private void drain() {
        do {
            for (String text; (text = outbox.poll()) != null; ) {
                socket.sendText(text, Callback.NOOP);
            }
            draining.set(false);
        } while (!outbox.isEmpty() && draining.compareAndSet(false, true));
    }
}
