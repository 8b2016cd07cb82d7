package dev.parley.store;

import dev.parley.store.jdbc.Database;
import dev.parley.store.log.MessageLogSettings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.message.Posted;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on PostgreSQL, in a fresh database created for this class and dropped
 * afterwards. Fails when PostgreSQL cannot be reached, unless {@code PARLEY_SKIP_PG=1}
 * (see {@link TestDatabases}).
 */
class PostgresStoreTest extends AllStoreContracts {
    static StoreFixture fixture;

    @BeforeAll
    static void open() {
        fixture = StoreFixture.open(TestDatabases::postgres);
    }

    @AfterAll
    static void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void after_the_server_drops_every_connection_a_send_fails_as_unavailable_and_its_retry_succeeds()
            throws SQLException {
        try (TestDatabase fresh = TestDatabases.postgres();
                JdbcStore store = new JdbcStore(Database.open(fresh.settings()), MessageLogSettings.DEFAULT)) {
            TestData data = new TestData(store);
            var user = data.user();
            var room = data.group(user);
            data.post(room, user, "before");
            try (Connection admin = store.database().connection(); Statement statement = admin.createStatement()) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
            }

            Posted posted = null;
            for (int attempt = 0; attempt < 12 && posted == null; attempt++) {
                try {
                    posted = store.messageLog().append(data.append(room, user, "after", "retry-after-drop"));
                } catch (ParleyException e) {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE);
                }
            }

            assertThat(posted).isNotNull();
            assertThat(posted.message().seq()).isEqualTo(2);
            assertThat(store.isHealthy()).isTrue();
        }
    }

    @Override
    StoreFixture fixture() {
        return fixture;
    }
}
