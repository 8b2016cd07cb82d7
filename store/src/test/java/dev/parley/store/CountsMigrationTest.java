package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.store.jdbc.DatabaseSettings;
import dev.parley.store.jdbc.Dialect;
import dev.parley.store.jdbc.SchemaMigrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration V22 on a database that already has history: the deletions made before it count, and
 * each room's last existing message is found (H2 and PostgreSQL).
 */
class CountsMigrationTest {
    @TempDir
    Path dir;

    @Test
    void upgrading_an_h2_database_counts_the_deletions_made_before_and_finds_each_rooms_last_message()
            throws Exception {
        upgradeWithHistory(TestDatabases.h2(dir));
    }

    @Test
    void upgrading_a_postgresql_database_counts_the_deletions_made_before_and_finds_each_rooms_last_message()
            throws Exception {
        Assumptions.assumeFalse(TestDatabases.postgresSkipped(), "PostgreSQL is not available");
        upgradeWithHistory(TestDatabases.postgres());
    }

    private void upgradeWithHistory(TestDatabase database) throws Exception {
        try (database) {
            DatabaseSettings settings = database.settings();
            flyway(settings, "18").migrate();
            UUID tailDeleted = UUID.randomUUID();
            UUID allDeleted = UUID.randomUUID();
            UUID empty = UUID.randomUUID();
            try (Connection connection = connect(settings)) {
                update(connection, "INSERT INTO users (id, id_folded, name, name_folded, role, created_at, updated_at)"
                        + " VALUES ('ana', 'ana', 'Ana', 'ana', 'user', ?, ?)", now(), now());
                for (UUID room : List.of(tailDeleted, allDeleted, empty)) {
                    update(connection, "INSERT INTO rooms (id, type, created_by, created_at, updated_at, last_seq,"
                            + " last_activity_at) VALUES (?, 'group', 'ana', ?, ?, ?, ?)", room, now(), now(),
                            room.equals(empty) ? 0 : 3, now());
                }
                for (int seq = 1; seq <= 3; seq++) {
                    message(connection, tailDeleted, seq, seq >= 2);
                    message(connection, allDeleted, seq, true);
                }
            }

            assertThat(flyway(settings, null).migrate().migrationsExecuted).isPositive();

            try (Connection connection = connect(settings)) {
                assertThat(longs(connection, "SELECT seq FROM message_deletions WHERE room_id = ? ORDER BY seq",
                        tailDeleted)).containsExactly(2L, 3L);
                assertThat(longs(connection, "SELECT seq FROM message_deletions WHERE room_id = ? ORDER BY seq",
                        allDeleted)).containsExactly(1L, 2L, 3L);
                assertThat(longs(connection, "SELECT last_message_seq FROM rooms WHERE id = ?", tailDeleted))
                        .containsExactly(1L);
                assertThat(longs(connection, "SELECT last_message_seq FROM rooms WHERE id = ?", allDeleted))
                        .containsExactly(0L);
                assertThat(longs(connection, "SELECT last_message_seq FROM rooms WHERE id = ?", empty))
                        .containsExactly(0L);
            }
        }
    }

    private static Flyway flyway(DatabaseSettings settings, String target) {
        var config = Flyway.configure(CountsMigrationTest.class.getClassLoader())
                .dataSource(settings.url(), settings.user(), settings.password())
                .locations(SchemaMigrations.LOCATION)
                .placeholders(Dialect.of(settings.url()).migrationPlaceholders());
        return (target == null ? config : config.target(target)).load();
    }

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }

    private static void message(Connection connection, UUID room, int seq, boolean deleted) throws SQLException {
        update(connection, "INSERT INTO messages (room_id, seq, id, user_id, text, created_at, deleted_at)"
                + " VALUES (?, ?, ?, 'ana', ?, ?, ?)", room, seq, UUID.randomUUID(), deleted ? "" : "m" + seq, now(),
                deleted ? now() : null);
    }

    private static void update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
    }

    private static List<Long> longs(Connection connection, String sql, UUID room) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, room);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getLong(1));
                }
            }
        }
        return values;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now();
    }
}
