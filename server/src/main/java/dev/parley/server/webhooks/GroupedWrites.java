package dev.parley.server.webhooks;

import dev.parley.core.store.Transactor;
import dev.parley.core.store.UnitOfWork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The delivery side's writes — the dispatcher's claims, the posters' outcomes, lease moves and
 * next batches — committed together: one thread takes whatever has been handed in and runs it
 * in one transaction, in the order handed in, at most once every {@link #GAP}. A commit on the
 * embedded H2 stores every page changed since the last one under a lock that a send's commit
 * waits for; five posters committing ten times a second each kept the sends waiting on it
 * (docs/benchmarks.md). When a grouped transaction fails, every write in it fails.
 */
final class GroupedWrites implements AutoCloseable {
    /** The least time between two commits. */
    static final Duration GAP = Duration.ofMillis(100);
    /** How often an idle writer looks whether it is closed. */
    private static final Duration CLOSED_LOOK = Duration.ofMillis(200);

    private record Pending<T>(Function<UnitOfWork, T> work, CompletableFuture<T> done) {
        void run(UnitOfWork unit, List<Runnable> completions) {
            T value = work.apply(unit);
            completions.add(() -> done.complete(value));
        }
    }

    private final Transactor store;
    private final BlockingQueue<Pending<?>> handedIn = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    GroupedWrites(Transactor store) {
        this.store = store;
        this.writer = Thread.ofPlatform().name("parley-webhooks-writes").daemon().start(this::writeUntilClosed);
    }

    /** Hands {@code work} in; the future completes once the transaction it ran in has committed. */
    <T> CompletableFuture<T> submit(Function<UnitOfWork, T> work) {
        var pending = new Pending<>(work, new CompletableFuture<T>());
        handedIn.add(pending);
        // Closed meanwhile: the writer may have failed what was left before this came in.
        if (closed && handedIn.remove(pending)) {
            pending.done().completeExceptionally(stopping());
        }
        return pending.done();
    }

    /** Runs {@code work} in the next grouped transaction and returns what it returned once committed. */
    <T> T write(Function<UnitOfWork, T> work) {
        try {
            return submit(work).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void writeUntilClosed() {
        long lastCommit = System.nanoTime() - GAP.toNanos();
        List<Pending<?>> group = new ArrayList<>();
        try {
            while (!closed) {
                // Never interrupted (an interrupt mid-commit could close the store's file): it looks at closed.
                Pending<?> first = handedIn.poll(CLOSED_LOOK.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                TimeUnit.NANOSECONDS.sleep(GAP.toNanos() - (System.nanoTime() - lastCommit));
                handedIn.drainTo(group);
                commit(group);
                lastCommit = System.nanoTime();
                group.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            handedIn.drainTo(group);
            group.forEach(pending -> pending.done().completeExceptionally(stopping()));
        }
    }

    private void commit(List<Pending<?>> group) {
        try {
            // A retried transaction runs every write again: only the last run's results are handed out.
            List<Runnable> completions = store.write(unit -> {
                List<Runnable> results = new ArrayList<>();
                group.forEach(pending -> pending.run(unit, results));
                return results;
            });
            completions.forEach(Runnable::run);
        } catch (RuntimeException e) {
            group.forEach(pending -> pending.done().completeExceptionally(e));
        }
    }

    /** A new one for each refused write: one shared exception would carry a stale trace and gather every caller's suppressed ones. */
    private static IllegalStateException stopping() {
        return new IllegalStateException("webhook deliveries are stopping");
    }

    @Override
    public void close() {
        closed = true;
        try {
            writer.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
