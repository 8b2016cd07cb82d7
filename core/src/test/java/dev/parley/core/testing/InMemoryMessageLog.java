package dev.parley.core.testing;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.message.Append;
import dev.parley.core.message.Message;
import dev.parley.core.message.MessageLog;
import dev.parley.core.message.Posted;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import dev.parley.core.store.Repositories;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The message log of the in-memory store, with the guarantees of the JDBC one: an append
 * returns after its unit of work committed, the {@link #onCommitted listener} hears each new
 * message after the commit and before the caller is answered, per room in seq order, and
 * retries by client id are answered with the original ({@link AppendRules}).
 *
 * <p>One by one, the caller's thread commits its append; with group commit, callers queue
 * and one writer thread commits whatever is waiting as one batch — a batch that throws is
 * committed again one append at a time, so one bad append never fails the others.
 */
final class InMemoryMessageLog implements MessageLog {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryMessageLog.class);
    private static final int MAX_BATCH = 256;

    private record Pending(Append append, CompletableFuture<LogOutcome> outcome) {
    }

    private final InMemoryStore store;
    private final IntConsumer batchSizes;
    /** Held from commit to listener, so that the listener hears the commits in their order. */
    private final ReentrantLock commitOrder = new ReentrantLock();
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    /** With group commit, the one thread that commits: each append asks it to write whatever waits. */
    private final ExecutorService writer;
    private volatile Consumer<List<Message>> listener;
    private volatile BiConsumer<Repositories, List<Message>> beforeCommit;
    private boolean closed;

    InMemoryMessageLog(InMemoryStore store, boolean groupCommit, IntConsumer batchSizes) {
        this.store = store;
        this.batchSizes = Objects.requireNonNull(batchSizes);
        this.writer = groupCommit ? Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("in-memory-message-log").daemon(true).factory()) : null;
    }

    @Override
    public Posted append(Append append) {
        Objects.requireNonNull(append, "append");
        if (writer == null) {
            return appendAlone(append);
        }
        return enqueue(append).join().get();
    }

    @Override
    public CompletableFuture<Posted> appendAsync(Append append) {
        Objects.requireNonNull(append, "append");
        try {
            return writer == null ? CompletableFuture.completedFuture(appendAlone(append))
                    : enqueue(append).thenApply(LogOutcome::get);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public synchronized void onCommitted(Consumer<List<Message>> committed) {
        Objects.requireNonNull(committed, "listener");
        if (listener != null) {
            throw new IllegalStateException("the message log already has a listener");
        }
        listener = committed;
    }

    /** Stops accepting appends and finishes those already accepted. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (writer != null) {
            writer.close();
        }
    }

    private Posted appendAlone(Append append) {
        checkOpen();
        commitOrder.lock();
        try {
            LogOutcome outcome = commit(List.of(append)).getFirst();
            publish(outcome.createdMessage() == null ? List.of() : List.of(outcome.createdMessage()));
            return outcome.get();
        } finally {
            commitOrder.unlock();
        }
    }

    private synchronized CompletableFuture<LogOutcome> enqueue(Append append) {
        checkOpen();
        Pending pending = new Pending(append, new CompletableFuture<>());
        queue.add(pending);
        writer.execute(this::writeWaiting);
        return pending.outcome();
    }

    /** Commits, as one batch, the appends waiting now (none when an earlier call took them). */
    private void writeWaiting() {
        List<Pending> batch = new ArrayList<>();
        queue.drainTo(batch, MAX_BATCH);
        if (batch.isEmpty()) {
            return;
        }
        List<LogOutcome> outcomes = commit(batch.stream().map(Pending::append).toList());
        publish(outcomes.stream().map(LogOutcome::createdMessage).filter(Objects::nonNull).toList());
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).outcome().complete(outcomes.get(i));
        }
    }

    /** One outcome per append: the batch in one unit of work, or each alone when the batch throws. */
    private List<LogOutcome> commit(List<Append> appends) {
        batchSizes.accept(appends.size());
        try {
            return store.unitOfWork(tables -> appendAndStep(tables, appends));
        } catch (RuntimeException batchFailure) {
            if (appends.size() == 1) {
                return List.of(LogOutcome.failed(batchFailure));
            }
            return appends.stream().map(this::commitAlone).toList();
        }
    }

    private LogOutcome commitAlone(Append append) {
        try {
            return store.unitOfWork(tables -> appendAndStep(tables, List.of(append))).getFirst();
        } catch (RuntimeException e) {
            return LogOutcome.failed(e);
        }
    }

    /** The append rules, then the step before commit with the messages created, in the same unit of work. */
    private List<LogOutcome> appendAndStep(Tables tables, List<Append> appends) {
        List<LogOutcome> outcomes = AppendRules.append(tables, appends);
        List<Message> created = outcomes.stream().map(LogOutcome::createdMessage).filter(Objects::nonNull).toList();
        BiConsumer<Repositories, List<Message>> step = beforeCommit;
        if (step != null && !created.isEmpty()) {
            step.accept(store.repositories(), created);
        }
        return outcomes;
    }

    /** Registers the one step before commit; a second is refused, as by the JDBC log. */
    @Override
    public synchronized void beforeCommit(BiConsumer<Repositories, List<Message>> step) {
        Objects.requireNonNull(step, "step");
        if (beforeCommit != null) {
            throw new IllegalStateException("the message log already has a step before commit");
        }
        beforeCommit = step;
    }

    /** Tells the listener; as in the JDBC log, a failing listener does not fail the stored appends. */
    private void publish(List<Message> created) {
        Consumer<List<Message>> current = listener;
        if (created.isEmpty() || current == null) {
            return;
        }
        try {
            current.accept(created);
        } catch (RuntimeException e) {
            LOG.error("The listener of committed messages failed on {} messages", created.size(), e);
        }
    }

    private synchronized void checkOpen() {
        if (closed) {
            throw new ParleyException(ErrorCode.UNAVAILABLE, "the message log is closed");
        }
    }
}
