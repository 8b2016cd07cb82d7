package dev.parley.core.testing;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.message.MessageLog;
import dev.parley.core.store.Repositories;
import dev.parley.core.store.Store;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store ports in memory, for specifying core services without a database. It passes the
 * same contract suite as H2 and PostgreSQL (the store module runs it in
 * {@code InMemoryStoreTest}), the rules that live in SQL there included ({@link AppendRules}).
 *
 * <p>Units of work run one at a time under one lock. A transaction that throws is rolled back
 * from an undo log and leaves nothing behind; a read keeps what it wrote, as a read in
 * auto-commit mode does. A unit of work inside another (on the same thread) is refused: on a
 * database it would be a second connection, blind to the first one's uncommitted writes.
 */
public final class InMemoryStore implements Store {
    private final ReentrantLock lock = new ReentrantLock();
    private final UndoLog undo = new UndoLog();
    private final Tables tables = new Tables(undo);
    private final Repositories repositories = InMemoryRepositories.over(tables);
    private final MessageLog messageLog;
    private volatile boolean closed;

    /** A store whose message log commits each append on the caller's thread. */
    public InMemoryStore() {
        this.messageLog = newLog(false, size -> {
        });
    }

    /**
     * Another message log over this store's data, as another node's log over one database:
     * with {@code groupCommit}, appends are queued and committed in batches by a writer thread.
     * {@code batchSizes} is told the size of each batch. The caller closes it.
     */
    public MessageLog newLog(boolean groupCommit, IntConsumer batchSizes) {
        return new InMemoryMessageLog(this, groupCommit, batchSizes);
    }

    @Override
    public <T> T transaction(Function<Repositories, T> work) {
        return unitOfWork(tables -> work.apply(repositories));
    }

    @Override
    public <T> T read(Function<Repositories, T> work) {
        begin();
        try {
            return work.apply(repositories);
        } finally {
            undo.commit();
            lock.unlock();
        }
    }

    /** The repositories over this store's tables (valid inside a unit of work). */
    Repositories repositories() {
        return repositories;
    }

    @Override
    public MessageLog messageLog() {
        return messageLog;
    }

    @Override
    public boolean isHealthy() {
        return !closed;
    }

    /** Finishes the appends already accepted; afterwards every call answers {@code unavailable}. */
    @Override
    public void close() {
        messageLog.close();
        closed = true;
    }

    /** Runs {@code work} on the tables: committed when it returns, rolled back when it throws. */
    <T> T unitOfWork(Function<Tables, T> work) {
        begin();
        try {
            T result = work.apply(tables);
            undo.commit();
            return result;
        } catch (RuntimeException | Error e) {
            undo.rollback();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    private void begin() {
        if (closed) {
            throw new ParleyException(ErrorCode.UNAVAILABLE, "the store is closed");
        }
        if (lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("a unit of work was started inside another one");
        }
        lock.lock();
    }
}
