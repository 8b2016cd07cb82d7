package dev.parley.store.log;

import dev.parley.store.jdbc.Database;
import dev.parley.store.jdbc.StoreException;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.message.Append;
import dev.parley.core.message.Message;
import dev.parley.core.message.MessageLog;
import dev.parley.core.message.Posted;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.sql.Connection;
import dev.parley.core.store.Repositories;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable message log. {@link #append} returns only after the transaction holding the
 * message has committed; a retry with the same {@code (userId, clientId)} returns the
 * original message. Seqs of a room are consecutive (1, 2, 3, … without gaps or duplicates),
 * also with several nodes on one PostgreSQL database.
 *
 * <p>With group commit on, callers (virtual threads) queue their appends and block; one
 * writer thread takes whatever is waiting (up to {@code maxBatch}) and stores it in one
 * transaction ({@link BatchAppender}), falling back to one transaction per append when the
 * batch fails ({@link AppendCommitter}). With group commit off the same code stores a batch
 * of one on the caller's thread.
 *
 * <p>After each commit the {@link #onCommitted listener} gets the new messages in commit
 * order (per room: ascending seq, as appends to one room on this node commit in order), and
 * only then are the callers answered. A database that cannot be reached fails appends with
 * {@code unavailable}; nothing is dropped silently.
 */
public final class GroupCommitMessageLog implements MessageLog {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitMessageLog.class);
    private static final int ROOM_LOCK_STRIPES = 256;

    private final AppendCommitter committer;
    private final Function<Connection, Repositories> repositories;
    private boolean hasStep;
    private final MessageLogSettings settings;
    private final IntConsumer batchSizes;
    private final BlockingQueue<PendingAppend> queue = new LinkedBlockingQueue<>();
    /** Appends hold the read lock while entering; close takes the write lock. */
    private final ReadWriteLock admission = new ReentrantReadWriteLock();
    private final RoomLocks roomLocks = new RoomLocks(ROOM_LOCK_STRIPES);
    private final Thread writer;
    private volatile Consumer<List<Message>> listener;
    private boolean closed;

    private GroupCommitMessageLog(AppendCommitter committer, MessageLogSettings settings, IntConsumer batchSizes,
            Function<Connection, Repositories> repositories) {
        this.committer = committer;
        this.repositories = repositories;
        this.settings = settings;
        this.batchSizes = batchSizes;
        this.writer = settings.groupCommit()
                // A daemon: an unclosed log must not keep the JVM alive. Dying mid-batch is like
                // a crash: the transaction is atomic and unanswered senders retry by client id.
                ? Thread.ofPlatform().name("parley-message-log").daemon(true).unstarted(this::writeUntilStopped)
                : null;
    }

    /**
     * A log appending to {@code database}, its writer thread started when group commit is on.
     * {@code batchSizes} is told the size of every batch committed (1 without group commit).
     */
    public static GroupCommitMessageLog start(Database database, MessageLogSettings settings, IntConsumer batchSizes) {
        return start(database, settings, batchSizes, connection -> {
            throw new IllegalStateException("this message log was started without repositories for steps before commit");
        });
    }

    /** {@code repositories} binds the repositories to a batch's connection, for the step before commit. */
    public static GroupCommitMessageLog start(Database database, MessageLogSettings settings, IntConsumer batchSizes,
            Function<Connection, Repositories> repositories) {
        GroupCommitMessageLog log = new GroupCommitMessageLog(AppendCommitter.on(database), settings,
                Objects.requireNonNull(batchSizes), repositories);
        if (log.writer != null) {
            log.writer.start();
        }
        return log;
    }

    @Override
    public Posted append(Append append) {
        Objects.requireNonNull(append, "append");
        return settings.groupCommit() ? appendInGroup(append) : appendAlone(append);
    }

    /** Never throws: every failure, a closed log included, completes the future exceptionally. */
    @Override
    public CompletableFuture<Posted> appendAsync(Append append) {
        Objects.requireNonNull(append, "append");
        try {
            return settings.groupCommit() ? enqueue(append).future()
                    : CompletableFuture.completedFuture(appendAlone(append));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Registers the one listener of committed messages; it runs on the committing thread and should not block. */
    @Override
    public void onCommitted(Consumer<List<Message>> committed) {
        Objects.requireNonNull(committed, "listener");
        synchronized (this) {
            if (listener != null) {
                throw new IllegalStateException("the message log already has a listener");
            }
            listener = committed;
        }
    }

    /** Runs {@code step} inside each transaction that creates messages, with its repositories, before the commit. */
    @Override
    public void beforeCommit(BiConsumer<Repositories, List<Message>> step) {
        Objects.requireNonNull(step, "step");
        synchronized (this) {
            if (hasStep) {
                throw new IllegalStateException("the message log already has a step before commit");
            }
            hasStep = true;
        }
        committer.beforeCommit((connection, created) -> step.accept(repositories.apply(connection), created));
    }

    /** Stops accepting appends, finishes those already accepted, and stops the writer thread. */
    @Override
    public void close() {
        admission.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (writer != null) {
                queue.add(PendingAppend.STOP);
            }
        } finally {
            admission.writeLock().unlock();
        }
        if (writer != null) {
            joinWriter();
        }
    }

    private Posted appendInGroup(Append append) {
        return enqueue(append).await();
    }

    /** Queues the append for the writer; the queue keeps the order of appends made one after the other. */
    private PendingAppend enqueue(Append append) {
        PendingAppend pending = new PendingAppend(append);
        Lock entering = admission.readLock();
        entering.lock();
        try {
            checkOpen();
            queue.add(pending);
        } finally {
            entering.unlock();
        }
        return pending;
    }

    /** Without group commit: a transaction per append, under the room's lock so the listener sees seq order. */
    private Posted appendAlone(Append append) {
        Lock entering = admission.readLock();
        entering.lock();
        try {
            checkOpen();
            Lock room = roomLocks.of(append.roomId());
            room.lock();
            try {
                batchSizes.accept(1);
                AppendOutcome outcome = committer.commit(List.of(append)).getFirst();
                if (outcome.createdMessage() != null) {
                    publish(List.of(outcome.createdMessage()));
                }
                return outcome.get();
            } finally {
                room.unlock();
            }
        } finally {
            entering.unlock();
        }
    }

    private void writeUntilStopped() {
        List<PendingAppend> batch = new ArrayList<>(settings.maxBatch());
        boolean stopping = false;
        while (!stopping) {
            batch.clear();
            batch.add(takeNext());
            queue.drainTo(batch, settings.maxBatch() - 1);
            stopping = batch.removeIf(PendingAppend::isStop);
            if (!batch.isEmpty()) {
                write(batch);
            }
        }
    }

    private void write(List<PendingAppend> batch) {
        List<AppendOutcome> outcomes;
        try {
            batchSizes.accept(batch.size());
            outcomes = committer.commit(batch.stream().map(PendingAppend::append).toList());
        } catch (RuntimeException | Error e) {
            LOG.error("Storing a batch of {} appends failed unexpectedly", batch.size(), e);
            StoreException failure = new StoreException("storing the message failed unexpectedly", e);
            batch.forEach(pending -> pending.complete(AppendOutcome.failed(failure)));
            return;
        }
        publish(outcomes.stream().map(AppendOutcome::createdMessage).filter(Objects::nonNull).toList());
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).complete(outcomes.get(i));
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
            LOG.error("The listener of committed messages failed on {} messages", created.size(), e);
        }
    }

    private PendingAppend takeNext() {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                LOG.warn("The message log writer ignores an interrupt; close() stops it");
            }
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

    private void checkOpen() {
        if (closed) {
            throw new ParleyException(ErrorCode.UNAVAILABLE, "the message log is closed");
        }
    }
}
