package dev.parley.server.ws;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Credential;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import dev.parley.core.message.Message;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One client connection. Owns a bounded outbox that is pumped to the socket without ever
 * blocking the thread that delivers (fan-out) — a client that cannot keep up is closed with
 * 4408 — and decides what reaches the client:
 * <ul>
 * <li>{@code message.new} at most once per seq and room: live delivery is contiguous per room,
 * so the seqs given are one range per room, and neither a live event nor a replay repeats one
 * inside it;</li>
 * <li>the {@code ack} of the session's own send comes before the echo of the message: the
 * echo (published after the commit) carries the stored message, so whichever comes first —
 * the echo, or the completion of the send — writes the ack;</li>
 * <li>while a sync replays, live events are held, so the replay comes first; held events are
 * released in arrival order.</li>
 * </ul>
 */
final class WsSession {
    static final int CLOSE_UNAUTHENTICATED = 4401;
    static final int CLOSE_SLOW_CONSUMER = 4408;
    static final int CLOSE_RESTARTING = 1012;
    private static final Duration REPLAY_WAIT = Duration.ofSeconds(30);
    static final int MAX_SENDS_IN_FLIGHT = 128;
    private static final int WRITE_BATCH = 32;

    private final String id;
    private final Session socket;
    private final int outboxSize;
    private final Set<UUID> rooms = ConcurrentHashMap.newKeySet();
    private final Executor writers;

    // Everything below is guarded by "this".
    private final ArrayDeque<String> outbox = new ArrayDeque<>();
    /** Per room, the seqs of message.new given to this client: always one contiguous range. */
    private final Map<UUID, long[]> delivered = new HashMap<>();
    /** Sends in flight, by clientId: the ref to acknowledge them with (null ref allowed). */
    private final Map<String, Ref> awaitingAck = new HashMap<>();
    private final List<Outbound> held = new ArrayList<>();
    private int holdAll;
    private boolean sending;
    private boolean closed;
    private volatile Credential credential;
    private volatile Actor actor;

    private final Frames frames;
    /** Bounds a client's pipelined sends; the read loop waits for a permit (TCP backpressure). */
    private final Semaphore sendsInFlight = new Semaphore(MAX_SENDS_IN_FLIGHT);

    private record Ref(String value) {
    }

    WsSession(String id, Session socket, int outboxSize, Executor writers, Frames frames) {
        this.id = id;
        this.socket = socket;
        this.outboxSize = outboxSize;
        this.writers = writers;
        this.frames = frames;
    }

    String id() {
        return id;
    }

    boolean isReady() {
        return credential != null;
    }

    Credential credential() {
        return credential;
    }

    Actor actor() {
        return actor;
    }

    String userId() {
        return credential == null ? null : credential.actor().userId();
    }

    void authenticated(Credential verified) {
        this.actor = verified.actor();
        this.credential = verified;
    }

    /** A changed role takes effect on the next frame. */
    void actorChanged(Actor changed) {
        this.actor = changed;
    }

    /** The rooms whose events this session receives (kept by the registry). */
    Set<UUID> rooms() {
        return rooms;
    }

    /** A live event from the fan-out: never blocks (the socket write is asynchronous). */
    void deliver(Outbound event) {
        boolean pump;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (isHeld()) {
                held.add(event);
                if (held.size() > outboxSize) {
                    overflow();
                }
                return;
            }
            pump = emit(event);
        }
        pumpIf(pump);
    }

    /** A reply to this client (ack, error, pong, ready…): never blocks; counts against the outbox. */
    void reply(String json) {
        boolean pump;
        synchronized (this) {
            pump = !closed && enqueue(json);
        }
        pumpIf(pump);
    }

    /** One message of a replay, serialized. */
    record Replayed(long seq, String json) {
    }

    /**
     * A room's replayed messages, in seq order: those this client was given already are
     * skipped (judged against what it had before the replay); the others wait while the outbox
     * is full (the client pulls a replay; only live events overflow).
     */
    void replay(UUID roomId, List<Replayed> messages) throws InterruptedException {
        pumpIf(replayLocked(roomId, messages));
    }

    private synchronized boolean replayLocked(UUID roomId, List<Replayed> messages) throws InterruptedException {
        boolean pump = false;
        long[] before = delivered.get(roomId);
        for (Replayed message : messages) {
            if (before != null && message.seq() >= before[0] && message.seq() <= before[1]) {
                continue;
            }
            long deadline = System.nanoTime() + REPLAY_WAIT.toNanos();
            while (!closed && outbox.size() >= outboxSize) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    overflow();
                    return false;
                }
                if (pump) {
                    // Frames are queued but nobody writes them yet: write before waiting.
                    pumpIf(true);
                    pump = false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            if (closed) {
                return false;
            }
            pump |= enqueue(message.json());
        }
        if (!messages.isEmpty()) {
            // The replay covers everything above the client's last seq, so what it now holds is
            // again one range.
            long first = messages.getFirst().seq();
            long last = messages.getLast().seq();
            long[] range = delivered.get(roomId);
            boolean joins = range != null && first <= range[1] + 1 && last >= range[0] - 1;
            delivered.put(roomId, joins ? new long[] {Math.min(first, range[0]), Math.max(last, range[1])}
                    : new long[] {first, last});
        }
        return pump;
    }

    /** A frame about a room that is not a message (the member.added of a sync): sent, no watermark. */
    void replayFrame(String json) throws InterruptedException {
        boolean pump;
        synchronized (this) {
            while (!closed && outbox.size() >= outboxSize) {
                wait(100);
            }
            pump = !closed && enqueue(json);
        }
        pumpIf(pump);
    }

    /**
     * A send with this clientId is in flight: its echo will carry the ack. Returns false when
     * one with the same clientId is in flight already (then the caller acks it itself).
     */
    synchronized boolean expectAck(String clientId, String ref) {
        return awaitingAck.putIfAbsent(clientId, new Ref(ref)) == null;
    }

    /** The send completed: acks it, unless its echo did already. */
    void acknowledge(String clientId, Message message) {
        boolean pump;
        synchronized (this) {
            Ref ref = awaitingAck.remove(clientId);
            pump = ref != null && !closed && enqueue(frames.ack(ref.value(), message));
        }
        pumpIf(pump);
    }

    /** The send failed: no ack will come. */
    synchronized void forgetAck(String clientId) {
        awaitingAck.remove(clientId);
    }

    /**
     * Waits until fewer than {@link #MAX_SENDS_IN_FLIGHT} of this client's sends are in flight
     * and its outbox is less than half full: a client that pipelines sends faster than it reads
     * the answers is slowed down (its socket stops being read) instead of overflowing its own
     * outbox.
     */
    void startSend() throws InterruptedException {
        synchronized (this) {
            while (!closed && outbox.size() >= outboxSize / 2) {
                wait(100);
            }
        }
        sendsInFlight.acquire();
    }

    void sendDone() {
        sendsInFlight.release();
    }

    /** Holds every live event until {@link #releaseAll()} (a sync is replaying). */
    synchronized void holdAll() {
        holdAll++;
    }

    void releaseAll() {
        boolean pump;
        synchronized (this) {
            holdAll--;
            pump = flushHeld();
        }
        pumpIf(pump);
    }

    /** Closes the socket with a WebSocket close code; queued frames are dropped. */
    void close(int code, String reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            outbox.clear();
            held.clear();
            notifyAll();
        }
        socket.close(code, reason, Callback.NOOP);
    }

    synchronized boolean isClosed() {
        return closed;
    }

    private boolean isHeld() {
        return holdAll > 0;
    }

    /** @return whether the caller must start the pump (after leaving the lock) */
    private boolean emit(Outbound event) {
        if (event.messageNew()) {
            long[] range = delivered.get(event.roomId());
            if (range != null && event.seq() <= range[1]) {
                return false;
            }
            given(event.roomId(), event.seq());
            Message message = event.message();
            if (message.clientId() != null && message.userId().equals(userId())) {
                Ref ref = awaitingAck.remove(message.clientId());
                if (ref != null) {
                    boolean pump = enqueue(frames.ack(ref.value(), message));
                    return closed ? pump : enqueue(event.json()) || pump;
                }
            }
        }
        return enqueue(event.json());
    }

    private void given(UUID roomId, long seq) {
        long[] range = delivered.computeIfAbsent(roomId, room -> new long[] {seq, seq});
        if (seq > range[1] + 1 || seq < range[0] - 1) {
            // Not next to what was given (e.g. back in a room after a removal): a new range.
            range[0] = seq;
            range[1] = seq;
            return;
        }
        range[0] = Math.min(range[0], seq);
        range[1] = Math.max(range[1], seq);
    }

    /** The session left the room: what it was given there no longer counts. */
    synchronized void forget(UUID roomId) {
        delivered.remove(roomId);
    }

    private boolean flushHeld() {
        boolean pump = false;
        for (Iterator<Outbound> it = held.iterator(); it.hasNext(); ) {
            Outbound event = it.next();
            if (!isHeld()) {
                it.remove();
                pump |= emit(event);
            }
        }
        return pump;
    }

    /** @return true when the outbox was idle: the caller starts the pump once it leaves the lock */
    private boolean enqueue(String json) {
        if (outbox.size() >= outboxSize) {
            overflow();
            return false;
        }
        outbox.add(json);
        if (sending) {
            return false;
        }
        sending = true;
        return true;
    }

    /** Hands the outbox to a writer thread: the delivering thread (the fan-out) never writes. */
    private void pumpIf(boolean start) {
        if (start) {
            writers.execute(this::pump);
        }
    }

    private void overflow() {
        closed = true;
        outbox.clear();
        held.clear();
        notifyAll();
        Thread.ofVirtual().start(() -> socket.close(CLOSE_SLOW_CONSUMER, "slow consumer: resync", Callback.NOOP));
    }

    /**
     * On a writer thread, never under the lock: hands up to {@value #WRITE_BATCH} queued frames
     * to Jetty at once (piled-up frames leave in one gathering write); continues here when the
     * batch completes at once, else from its last frame's callback (a failure fails the rest).
     */
    private void pump() {
        List<String> batch = new ArrayList<>(WRITE_BATCH);
        while (true) {
            batch.clear();
            synchronized (this) {
                while (!closed && batch.size() < WRITE_BATCH && !outbox.isEmpty()) {
                    batch.add(outbox.poll());
                }
                if (batch.isEmpty()) {
                    sending = false;
                    return;
                }
                notifyAll();
            }
            int last = batch.size() - 1;
            for (int i = 0; i < last; i++) {
                socket.sendText(batch.get(i), Callback.NOOP);
            }
            AtomicInteger race = new AtomicInteger();
            socket.sendText(batch.get(last), Callback.from(() -> {
                if (!race.compareAndSet(0, 1)) {
                    pump();
                }
            }, failure -> close(1011, "send failed")));
            if (!race.compareAndSet(0, 2)) {
                continue;
            }
            return;
        }
    }
}
