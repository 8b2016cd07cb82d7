package dev.parley.server.delivery;

import dev.parley.core.message.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Decides what of the node's events reaches one client, and in which order, then queues it in
 * the client's {@link Outbox}:
 * <ul>
 * <li>{@code message.new} at most once per seq and room: live delivery is contiguous per room,
 * so the seqs given are one range per room, and neither a live event nor a replay repeats one
 * inside it;</li>
 * <li>the ack of the client's own send comes before the echo of the message: the echo
 * (published after the commit) carries the stored message, so whichever comes first — the
 * echo, or the completion of the send — queues the ack;</li>
 * <li>while a sync replays, live events are held, so the replay comes first; held events are
 * released in arrival order.</li>
 * </ul>
 * Guarded by the outbox's monitor, the connection's one lock.
 */
public final class DeliveryLedger {
    private static final Duration REPLAY_WAIT = Duration.ofSeconds(30);

    /** How a transport writes the ack of a send ({@code ref} is the transport's own correlation). */
    @FunctionalInterface
    public interface Acks {
        String ack(Object ref, Message message);
    }

    /** One message of a replay, encoded. */
    public record Replayed(long seq, String frame) {
    }

    private record Ref(Object value) {
    }

    private final Outbox outbox;
    private final Encoding<String> encoding;
    private final Acks acks;
    private final Supplier<String> userId;
    /** Per room, the seqs of message.new given to this client: always one contiguous range. */
    private final Map<UUID, long[]> delivered = new HashMap<>();
    /** Sends in flight, by clientId: the ref to acknowledge them with (null ref allowed). */
    private final Map<String, Ref> awaitingAck = new HashMap<>();
    private final List<Delivery> held = new ArrayList<>();
    private int holdAll;

    public DeliveryLedger(Outbox outbox, Encoding<String> encoding, Acks acks, Supplier<String> userId) {
        this.outbox = outbox;
        this.encoding = encoding;
        this.acks = acks;
        this.userId = userId;
    }

    /** A live event from the fan-out: never blocks. */
    public void deliver(Delivery delivery) {
        boolean pump;
        synchronized (outbox) {
            if (outbox.isClosedLocked()) {
                return;
            }
            if (holdAll > 0) {
                held.add(delivery);
                if (held.size() > outbox.capacity()) {
                    held.clear();
                    outbox.overflowLocked();
                }
                return;
            }
            pump = emit(delivery);
        }
        outbox.pumpIf(pump);
    }

    /**
     * A room's replayed messages, in seq order: those this client was given already are
     * skipped (judged against what it had before the replay); the others wait while the outbox
     * is full (the client pulls a replay; only live events overflow).
     */
    public void replay(UUID roomId, List<Replayed> messages) throws InterruptedException {
        outbox.pumpIf(replayLocked(roomId, messages));
    }

    private boolean replayLocked(UUID roomId, List<Replayed> messages) throws InterruptedException {
        synchronized (outbox) {
            boolean pump = false;
            long[] before = delivered.get(roomId);
            for (Replayed message : messages) {
                if (before != null && message.seq() >= before[0] && message.seq() <= before[1]) {
                    continue;
                }
                long deadline = System.nanoTime() + REPLAY_WAIT.toNanos();
                while (!outbox.isClosedLocked() && outbox.isFullLocked()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        outbox.overflowLocked();
                        return false;
                    }
                    if (pump) {
                        // Frames are queued but nobody writes them yet: write before waiting.
                        outbox.pumpIf(true);
                        pump = false;
                    }
                    outbox.wait(Math.max(1, left / 1_000_000));
                }
                if (outbox.isClosedLocked()) {
                    return false;
                }
                pump |= outbox.offerLocked(message.frame());
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
    }

    /** A frame about a room that is not a message (the member.added of a sync): queued when there is room, no watermark. */
    public void replayFrame(String frame) throws InterruptedException {
        boolean pump;
        synchronized (outbox) {
            while (!outbox.isClosedLocked() && outbox.isFullLocked()) {
                outbox.wait(100);
            }
            pump = outbox.offerLocked(frame);
        }
        outbox.pumpIf(pump);
    }

    /**
     * A send with this clientId is in flight: its echo will carry the ack. Returns false when
     * one with the same clientId is in flight already (then the caller acks it itself).
     */
    public boolean expectAck(String clientId, Object ref) {
        synchronized (outbox) {
            return awaitingAck.putIfAbsent(clientId, new Ref(ref)) == null;
        }
    }

    /** The send completed: acks it, unless its echo did already. */
    public void acknowledge(String clientId, Message message) {
        boolean pump;
        synchronized (outbox) {
            Ref ref = awaitingAck.remove(clientId);
            pump = ref != null && outbox.offerLocked(acks.ack(ref.value(), message));
        }
        outbox.pumpIf(pump);
    }

    /** The send failed: no ack will come. */
    public void forgetAck(String clientId) {
        synchronized (outbox) {
            awaitingAck.remove(clientId);
        }
    }

    /** Holds every live event until {@link #releaseAll()} (a sync is replaying). */
    public void holdAll() {
        synchronized (outbox) {
            holdAll++;
        }
    }

    public void releaseAll() {
        boolean pump;
        synchronized (outbox) {
            holdAll--;
            pump = flushHeld();
        }
        outbox.pumpIf(pump);
    }

    /** The client left the room: what it was given there no longer counts. */
    public void forget(UUID roomId) {
        synchronized (outbox) {
            delivered.remove(roomId);
        }
    }

    /** @return whether the caller must start the pump (after leaving the lock) */
    private boolean emit(Delivery delivery) {
        if (delivery.messageNew()) {
            long[] range = delivered.get(delivery.roomId());
            if (range != null && delivery.seq() <= range[1]) {
                return false;
            }
            given(delivery.roomId(), delivery.seq());
            Message message = delivery.message();
            if (message.clientId() != null && message.userId().equals(userId.get())) {
                Ref ref = awaitingAck.remove(message.clientId());
                if (ref != null) {
                    boolean pump = outbox.offerLocked(acks.ack(ref.value(), message));
                    return outbox.offerLocked(delivery.encoded(encoding)) || pump;
                }
            }
        }
        return outbox.offerLocked(delivery.encoded(encoding));
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

    private boolean flushHeld() {
        boolean pump = false;
        for (Iterator<Delivery> it = held.iterator(); it.hasNext(); ) {
            Delivery delivery = it.next();
            if (holdAll == 0) {
                it.remove();
                pump |= emit(delivery);
            }
        }
        return pump;
    }
}
