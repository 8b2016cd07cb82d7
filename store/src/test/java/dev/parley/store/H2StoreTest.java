package dev.parley.store;

import dev.parley.store.jdbc.Database;
import dev.parley.store.log.MessageLogSettings;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on embedded H2 (a file database in a temporary directory). */
class H2StoreTest extends AllStoreContracts {
    @TempDir
    static Path directory;
    static StoreFixture fixture;

    @BeforeAll
    static void open() {
        fixture = StoreFixture.open(() -> TestDatabases.h2(directory));
    }

    @AfterAll
    static void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void commits_are_written_to_the_file_before_they_return_and_locks_are_awaited_ten_seconds()
            throws SQLException {
        assertThat(setting("WRITE_DELAY")).isEqualTo("0");
        assertThat(setting("DEFAULT_LOCK_TIMEOUT")).isEqualTo("10000");
        assertThat(setting("QUERY_CACHE_SIZE")).isEqualTo("64");
    }

    private static String setting(String name) throws SQLException {
        try (Connection connection = fixture.database().connection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE LOWER(SETTING_NAME) = LOWER(?)")) {
            statement.setString(1, name);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).as("setting %s", name).isTrue();
                return row.getString(1);
            }
        }
    }

    @Test
    void synced_commits_work_end_to_end() {
        try (TestDatabase fresh = TestDatabases.h2(directory);
                JdbcStore store = new JdbcStore(Database.open(fresh.settings().withSyncCommits(true)),
                        MessageLogSettings.DEFAULT)) {
            TestData data = new TestData(store);
            var user = data.user();
            var room = data.group(user);

            assertThat(data.post(room, user, "synced").seq()).isEqualTo(1);
        }
    }

    @Override
    StoreFixture fixture() {
        return fixture;
    }
}
