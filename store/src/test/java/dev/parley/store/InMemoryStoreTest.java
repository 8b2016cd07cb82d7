package dev.parley.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The port contracts on core's in-memory store ({@code dev.parley.core.testing.InMemoryStore}),
 * the one core's service tests run on: it must do what H2 and PostgreSQL do. Left out, being
 * about a database rather than the ports: {@link DatabaseContract} (Flyway migrations, the
 * connection pool, an unreachable server) and {@link AppendBatchContract} (it drives the JDBC
 * batch committer, {@code AppendCommitter}, directly; the in-memory log's batches follow the
 * same rules, see {@code AppendRules}, and are exercised through the log contracts).
 */
class InMemoryStoreTest extends StorePortContracts {
    static StoreFixture fixture;

    @BeforeAll
    static void open() {
        fixture = StoreFixture.inMemory();
    }

    @AfterAll
    static void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Override
    StoreFixture fixture() {
        return fixture;
    }
}
