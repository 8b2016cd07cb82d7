package dev.parley.store;

import dev.parley.store.jdbc.Database;
/**
 * The base of the store contract suites: each suite states what every {@link JdbcStore}
 * must do, whatever the database. A database's test class runs each suite as a nested class
 * that supplies the fixture (see {@code H2StoreTest} and {@code PostgresStoreTest}).
 */
public abstract class StoreContract {
    private TestData data;

    protected abstract StoreFixture fixture();

    protected JdbcStore store() {
        return fixture().store();
    }

    protected Database database() {
        return fixture().database();
    }

    protected TestData data() {
        if (data == null) {
            data = new TestData(store());
        }
        return data;
    }
}
