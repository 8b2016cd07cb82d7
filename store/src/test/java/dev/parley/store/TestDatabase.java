package dev.parley.store;

import dev.parley.store.jdbc.DatabaseSettings;
/** A database for one test class (or one test): its settings, and the clean-up when done. */
public interface TestDatabase extends AutoCloseable {
    DatabaseSettings settings();

    /** Drops what the test created; the database must not be used afterwards. */
    @Override
    void close();
}
