package dev.parley.store;

import dev.parley.core.message.MessageLog;
import dev.parley.core.store.Store;
import dev.parley.core.testing.InMemoryStore;
import dev.parley.store.jdbc.Database;
import dev.parley.store.log.GroupCommitMessageLog;
import dev.parley.store.log.MessageLogSettings;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * An open store under test — on a test database, or in memory — plus a way to open further
 * message logs over its data (as other nodes would) and, for a database, further fresh
 * databases of the same engine (for tests that need an empty or a specially prepared one).
 */
public final class StoreFixture implements AutoCloseable {
    /** Opens a message log over the fixture's data; {@code batchSizes} hears the size of each batch committed. */
    @FunctionalInterface
    public interface Logs {
        MessageLog open(boolean groupCommit, IntConsumer batchSizes);
    }

    private final TestDatabase testDatabase;
    private final Store store;
    private final Database database;
    private final Logs logs;
    private final Supplier<TestDatabase> freshDatabases;

    private StoreFixture(TestDatabase testDatabase, Store store, Database database, Logs logs,
            Supplier<TestDatabase> freshDatabases) {
        this.testDatabase = testDatabase;
        this.store = store;
        this.database = database;
        this.logs = logs;
        this.freshDatabases = freshDatabases;
    }

    /** Opens a store with the default message log on a database from {@code databases}. */
    public static StoreFixture open(Supplier<TestDatabase> databases) {
        TestDatabase testDatabase = databases.get();
        try {
            Database database = Database.open(testDatabase.settings());
            JdbcStore store = new JdbcStore(database, MessageLogSettings.DEFAULT);
            Logs logs = (groupCommit, batchSizes) -> GroupCommitMessageLog.start(database,
                    groupCommit ? MessageLogSettings.DEFAULT : MessageLogSettings.ONE_BY_ONE, batchSizes,
                    store::repositories);
            return new StoreFixture(testDatabase, store, database, logs, databases);
        } catch (RuntimeException e) {
            testDatabase.close();
            throw e;
        }
    }

    /** The in-memory store of core's tests; it has no database. */
    public static StoreFixture inMemory() {
        InMemoryStore store = new InMemoryStore();
        return new StoreFixture(null, store, null, store::newLog, () -> {
            throw new UnsupportedOperationException("the in-memory store has no database");
        });
    }

    public Store store() {
        return store;
    }

    public Database database() {
        if (database == null) {
            throw new UnsupportedOperationException("the in-memory store has no database");
        }
        return database;
    }

    public MessageLog newLog(boolean groupCommit, IntConsumer batchSizes) {
        return logs.open(groupCommit, batchSizes);
    }

    public TestDatabase freshDatabase() {
        return freshDatabases.get();
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            if (testDatabase != null) {
                testDatabase.close();
            }
        }
    }
}
