package dev.parley.store;

import dev.parley.core.message.MessageLog;
import dev.parley.core.store.Store;
import dev.parley.store.jdbc.Database;
import java.util.function.IntConsumer;

/**
 * The base of the store contract suites: each suite states what every {@link Store} must do,
 * whatever the database — or none, for the in-memory store ({@code InMemoryStoreTest}). A
 * test class runs each suite as a nested class that supplies the fixture (see
 * {@code H2StoreTest} and {@code PostgresStoreTest}).
 */
public abstract class StoreContract {
    private TestData data;

    protected abstract StoreFixture fixture();

    protected Store store() {
        return fixture().store();
    }

    protected Database database() {
        return fixture().database();
    }

    /** A message log of its own over the store's data; the caller closes it. */
    protected MessageLog newLog(boolean groupCommit, IntConsumer batchSizes) {
        return fixture().newLog(groupCommit, batchSizes);
    }

    protected TestData data() {
        if (data == null) {
            data = new TestData(store());
        }
        return data;
    }
}
