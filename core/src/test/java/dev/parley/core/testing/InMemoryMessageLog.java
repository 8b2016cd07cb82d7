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
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
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

    private static final Pending STOP = new Pending(null, null);

    private final InMemoryStore store;
    private final IntConsumer batchSizes;
    /** Held from commit to listener, so that the listener hears the commits in their order. */
    private final ReentrantLock commitOrder = new ReentrantLock();
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile Consumer<List<Message>> listener;
    private boolean closed;

    InMemoryMessageLog(InMemoryStore store, boolean groupCommit, IntConsumer batchSizes) {
        this.store = store;
        this.batchSizes = Objects.requireNonNull(batchSizes);
        this.writer = groupCommit ? Thread.ofPlatform().name("in-memory-message-log").daemon(true)
                .start(this::writeUntilStopped) : null;
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

    /** Stops accepting appends, finishes those already accepted and stops the writer. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (writer != null) {
                queue.add(STOP);
            }
        }
        if (writer != null) {
            joinWriter();
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
        return pending.outcome();
    }

    private void writeUntilStopped() {
        List<Pending> batch = new ArrayList<>();
        boolean stopping = false;
        while (!stopping) {
            batch.clear();
            batch.add(takeNext());
            queue.drainTo(batch, MAX_BATCH - 1);
            stopping = batch.remove(STOP);
            if (!batch.isEmpty()) {
                List<LogOutcome> outcomes = commit(batch.stream().map(Pending::append).toList());
                publish(outcomes.stream().map(LogOutcome::createdMessage).filter(Objects::nonNull).toList());
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).outcome().complete(outcomes.get(i));
                }
            }
        }
    }

    /** One outcome per append: the batch in one unit of work, or each alone when the batch throws. */
    private List<LogOutcome> commit(List<Append> appends) {
        batchSizes.accept(appends.size());
        try {
            return store.unitOfWork(tables -> AppendRules.append(tables, appends));
        } catch (RuntimeException batchFailure) {
            if (appends.size() == 1) {
                return List.of(LogOutcome.failed(batchFailure));
            }
            return appends.stream().map(this::commitAlone).toList();
        }
    }

    private LogOutcome commitAlone(Append append) {
        try {
            return store.unitOfWork(tables -> AppendRules.append(tables, List.of(append))).getFirst();
        } catch (RuntimeException e) {
            return LogOutcome.failed(e);
        }
    }

    private void publish(List<Message> created) {
        Consumer<List<Message>> current = listener;
        if (created.isEmpty() || current == null) {
            return;
        }
        try {
            current.accept(created);
        } catch (RuntimeException e) {
            // As in the JDBC log: the senders are answered anyway, their messages are stored.
            LOG.error("The listener of committed messages failed on {} messages", created.size(), e);
        }
    }

    private void joinWriter() {
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Pending takeNext() {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                // close() stops the writer; an interrupt alone does not.
            }
        }
    }

    private synchronized void checkOpen() {
        if (closed) {
            throw new ParleyException(ErrorCode.UNAVAILABLE, "the message log is closed");
        }
    }
}
