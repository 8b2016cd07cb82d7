package dev.parley.server.delivery;

import dev.parley.core.change.RoomPosition;
import dev.parley.core.message.Message;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Decides what of the node's events reaches one client, and in which order, then queues it in
 * the client's {@link Outbox}:
 * <ul>
 * <li>{@code message.new} at most once per seq and room, and every other change of a room at
 * most once per change number: live delivery is contiguous per room, so the numbers given are
 * one range per room and counter, and neither a live event nor a replay repeats one inside
 * it;</li>
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

    /** One event of a replay, encoded: a message ({@code seq > 0}) or another change ({@code change > 0}). */
    public record Replayed(long seq, long change, String frame) {
        public static Replayed message(long seq, String frame) {
            return new Replayed(seq, 0, frame);
        }

        public static Replayed change(long change, String frame) {
            return new Replayed(0, change, frame);
        }
    }

    private record Ref(Object value) {
    }

    private final Outbox outbox;
    private final Encoding<String> encoding;
    private final Acks acks;
    private final Supplier<String> userId;
    /** Per room, the seqs of message.new given to this client. */
    private final GivenRanges seqs = new GivenRanges();
    /** Per room, the numbers of the other changes given to this client. */
    private final GivenRanges changes = new GivenRanges();
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
     * A room's replayed events, in the room's order: those this client was given already are
     * skipped (judged against what it had before the replay); the others wait while the outbox
     * is full (the client pulls a replay; only live events overflow). Afterwards the client holds
     * everything of the room up to {@code upTo}, the room's position the replay was read at — what
     * it held before plus the replay, even when the replay is empty — so a live event at or below
     * it that reaches this session late (another node's, still on its way over the bus) is a repeat.
     */
    public void replay(UUID roomId, List<Replayed> events, RoomPosition upTo) throws InterruptedException {
        outbox.pumpIf(replayLocked(roomId, events, upTo));
    }

    private boolean replayLocked(UUID roomId, List<Replayed> events, RoomPosition upTo) throws InterruptedException {
        synchronized (outbox) {
            boolean pump = false;
            long[] seqsBefore = seqs.range(roomId);
            long[] changesBefore = changes.range(roomId);
            for (Replayed message : events) {
                if (message.seq() > 0 ? GivenRanges.covers(seqsBefore, message.seq())
                        : GivenRanges.covers(changesBefore, message.change())) {
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
            // The replay covers everything above the client's position, so what it now holds is again one
            // range per counter: everything up to the position read.
            seqs.holdsUpTo(roomId, upTo.lastSeq());
            changes.holdsUpTo(roomId, upTo.lastChange());
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
            seqs.forget(roomId);
            changes.forget(roomId);
        }
    }

    /** @return whether the caller must start the pump (after leaving the lock) */
    private boolean emit(Delivery delivery) {
        if (delivery.change() > 0) {
            if (changes.repeats(delivery.roomId(), delivery.change())) {
                return false;
            }
            changes.add(delivery.roomId(), delivery.change());
        }
        if (delivery.messageNew()) {
            if (seqs.repeats(delivery.roomId(), delivery.seq())) {
                return false;
            }
            seqs.add(delivery.roomId(), delivery.seq());
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
