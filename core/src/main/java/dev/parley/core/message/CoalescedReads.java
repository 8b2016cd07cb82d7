package dev.parley.core.message;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.LongAdder;

/**
 * Serves concurrent requests about the same key with one read. At most one read per key runs
 * at a time; requests that arrive while it runs gather into the next one, which starts when it
 * ends — so a request is only ever answered by a read that started after it was made (what it
 * gets is never older than what it would have read alone), and N requests arriving together
 * cost about two reads instead of N. The first request of a batch runs its read on its own
 * thread; the others wait for it.
 *
 * @param <K> what requests share a read by (a room)
 * @param <Q> one request
 * @param <V> one request's answer
 */
public final class CoalescedReads<K, Q, V> {

    /** Reads {@code requests} about {@code key} together: one answer per request, in their order. */
    @FunctionalInterface
    public interface Reader<K, Q, V> {
        List<V> read(K key, List<Q> requests);
    }

    private static final class Batch<Q, V> {
        final List<Q> requests = new ArrayList<>();
        final CompletableFuture<List<V>> done = new CompletableFuture<>();
    }

    /** A key's read in progress and the batch gathering behind it; guarded by the enclosing instance. */
    private static final class Slot<Q, V> {
        Batch<Q, V> running;
        Batch<Q, V> gathering;
    }

    private final Reader<K, Q, V> reader;
    private final Map<K, Slot<Q, V>> slots = new HashMap<>();
    private final LongAdder reads = new LongAdder();
    private final LongAdder requests = new LongAdder();

    public CoalescedReads(Reader<K, Q, V> reader) {
        this.reader = reader;
    }

    /** The answer to {@code request}, read together with the other requests about {@code key} made meanwhile. */
    public V get(K key, Q request) {
        Batch<Q, V> batch;
        Batch<Q, V> before = null;
        boolean lead = false;
        int index;
        synchronized (this) {
            Slot<Q, V> slot = slots.computeIfAbsent(key, k -> new Slot<>());
            if (slot.running == null) {
                batch = slot.running = new Batch<>();
                lead = true;
            } else if (slot.gathering == null) {
                batch = slot.gathering = new Batch<>();
                before = slot.running;
                lead = true;
            } else {
                batch = slot.gathering;
            }
            index = batch.requests.size();
            batch.requests.add(request);
        }
        requests.increment();
        if (lead) {
            if (before != null) {
                before.done.exceptionally(failure -> null).join(); // ends by promoting this batch to running
            }
            run(key, batch);
        }
        try {
            return batch.done.join().get(index);
        } catch (CompletionException e) {
            switch (e.getCause()) {
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw e;
            }
        }
    }

    private void run(K key, Batch<Q, V> batch) {
        List<V> answers = null;
        Throwable failure = null;
        try {
            reads.increment();
            answers = reader.read(key, List.copyOf(batch.requests));
            if (answers.size() != batch.requests.size()) {
                throw new IllegalStateException("a read answers each request once");
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            promoteNext(key, batch);
        }
        if (failure != null) {
            batch.done.completeExceptionally(failure);
        } else {
            batch.done.complete(answers);
        }
    }

    /** The batch gathering behind {@code finished} (if any) is the key's running read from now on. */
    private synchronized void promoteNext(K key, Batch<Q, V> finished) {
        Slot<Q, V> slot = slots.get(key);
        if (slot == null || slot.running != finished) {
            return;
        }
        slot.running = slot.gathering;
        slot.gathering = null;
        if (slot.running == null) {
            slots.remove(key);
        }
    }

    /** Reads run so far. */
    public long reads() {
        return reads.sum();
    }

    /** Requests answered (or being answered) so far; {@code requests - reads} were served by another's read. */
    public long requests() {
        return requests.sum();
    }
}
