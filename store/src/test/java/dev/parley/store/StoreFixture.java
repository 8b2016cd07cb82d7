package dev.parley.store;

import dev.parley.store.jdbc.Database;
import dev.parley.store.log.MessageLogSettings;
import java.util.function.Supplier;

/**
 * An open store on a test database, plus a way to get further fresh databases of the same
 * engine (for tests that need an empty or a specially prepared one).
 */
public final class StoreFixture implements AutoCloseable {
    private final TestDatabase testDatabase;
    private final JdbcStore store;
    private final Supplier<TestDatabase> freshDatabases;

    private StoreFixture(TestDatabase testDatabase, JdbcStore store, Supplier<TestDatabase> freshDatabases) {
        this.testDatabase = testDatabase;
        this.store = store;
        this.freshDatabases = freshDatabases;
    }

    /** Opens a store with the default message log on a database from {@code databases}. */
    public static StoreFixture open(Supplier<TestDatabase> databases) {
        TestDatabase testDatabase = databases.get();
        try {
            Database database = Database.open(testDatabase.settings());
            return new StoreFixture(testDatabase, new JdbcStore(database, MessageLogSettings.DEFAULT), databases);
        } catch (RuntimeException e) {
            testDatabase.close();
            throw e;
        }
    }

    public JdbcStore store() {
        return store;
    }

    public Database database() {
        return store.database();
    }

    public TestDatabase freshDatabase() {
        return freshDatabases.get();
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            testDatabase.close();
        }
    }
}
