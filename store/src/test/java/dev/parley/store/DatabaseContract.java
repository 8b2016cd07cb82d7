package dev.parley.store;

import dev.parley.store.jdbc.SchemaMigrations;

import dev.parley.store.jdbc.Database;
import dev.parley.store.log.GroupCommitMessageLog;
import dev.parley.store.log.MessageLogSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.user.User;
import dev.parley.core.room.Silence;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

public abstract class DatabaseContract extends StoreContract {

    /** The highest version among this build's migrations ({@code V<n>__….sql}). */
    static String latestVersion() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return Integer.toString(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_store_is_healthy_and_the_schema_is_at_the_latest_version() {
        assertThat(store().isHealthy()).isTrue();
        assertThat(new SchemaMigrations(database().dataSource(), database().dialect()).currentVersion()).contains(latestVersion());
    }

    @Test
    void reopening_a_migrated_database_keeps_its_data_and_migrates_nothing() {
        try (TestDatabase fresh = fixture().freshDatabase()) {
            User user;
            try (JdbcStore first = new JdbcStore(Database.open(fresh.settings()), MessageLogSettings.DEFAULT)) {
                user = new TestData(first).user();
            }
            try (Database again = Database.open(fresh.settings());
                    JdbcStore second = new JdbcStore(again, MessageLogSettings.DEFAULT)) {
                assertThat(new SchemaMigrations(again.dataSource(), again.dialect()).migrate()).isZero();
                assertThat(second.<Optional<User>>read(repos -> repos.users().find(user.id()))).contains(user);
            }
        }
    }

    @Test
    void a_schema_newer_than_this_build_is_refused_with_a_clear_message() {
        try (TestDatabase fresh = fixture().freshDatabase()) {
            try (Database database = Database.open(fresh.settings())) {
                Flyway.configure().dataSource(database.dataSource())
                        .locations(SchemaMigrations.LOCATION, "classpath:db/future")
                        .placeholders(database.dialect().migrationPlaceholders())
                        .load().migrate();
            }

            assertThatThrownBy(() -> Database.open(fresh.settings()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("schema is at version 999")
                    .hasMessageContaining("newer than this build of Parley knows (up to " + latestVersion() + ")");
        }
    }

    @Test
    void version_19_moves_frozen_rooms_and_mutes_onto_the_rows_the_send_path_reads() {
        try (TestDatabase fresh = fixture().freshDatabase()) {
            var settings = fresh.settings();
            UUID frozen = UUID.randomUUID();
            UUID open = UUID.randomUUID();
            java.time.Instant at = TestData.now();
            java.time.Instant until = at.plusSeconds(600);
            Flyway.configure().dataSource(settings.url(), settings.user(), settings.password())
                    .locations(SchemaMigrations.LOCATION).placeholders(settings.dialect().migrationPlaceholders())
                    .target("18").load().migrate();
            try (var connection = java.sql.DriverManager.getConnection(settings.url(), settings.user(),
                    settings.password()); var sql = connection.createStatement()) {
                for (String user : List.of("owner", "ana", "bob", "cid")) {
                    sql.executeUpdate("INSERT INTO users (id, id_folded, name, name_folded, role, created_at, updated_at)"
                            + " VALUES ('" + user + "', '" + user + "', '" + user + "', '" + user + "', 'user', "
                            + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                }
                for (UUID room : List.of(frozen, open)) {
                    sql.executeUpdate("INSERT INTO rooms (id, type, name, created_by, created_at, updated_at, last_activity_at)"
                            + " VALUES ('" + room + "', 'group', 'Room', 'owner', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
                            + " CURRENT_TIMESTAMP)");
                    for (String user : List.of("owner", "ana", "bob", "cid")) {
                        sql.executeUpdate("INSERT INTO members (room_id, user_id, role, joined_at) VALUES ('" + room
                                + "', '" + user + "', 'member', CURRENT_TIMESTAMP)");
                    }
                }
                sql.executeUpdate("INSERT INTO frozen_rooms (room_id, frozen_by, frozen_at) VALUES ('" + frozen
                        + "', 'owner', CURRENT_TIMESTAMP)");
                try (var mute = connection.prepareStatement("INSERT INTO room_restrictions (room_id, user_id, kind,"
                        + " created_by, created_at, expires_at) VALUES (?, 'ana', 'mute', 'owner', CURRENT_TIMESTAMP, ?)")) {
                    mute.setObject(1, frozen);
                    mute.setObject(2, until.atOffset(java.time.ZoneOffset.UTC));
                    mute.executeUpdate();
                }
                sql.executeUpdate("INSERT INTO room_restrictions (room_id, user_id, kind, created_by, created_at)"
                        + " VALUES ('" + frozen + "', 'bob', 'mute', 'owner', CURRENT_TIMESTAMP)");
                sql.executeUpdate("INSERT INTO room_restrictions (room_id, user_id, kind, created_by, created_at)"
                        + " VALUES ('" + frozen + "', 'cid', 'ban', 'owner', CURRENT_TIMESTAMP)");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }

            try (JdbcStore store = new JdbcStore(Database.open(settings), MessageLogSettings.DEFAULT)) {
                var seen = store.read(repos -> List.of(repos.rooms().findAsSeenBy(frozen, "ana").orElseThrow(),
                        repos.rooms().findAsSeenBy(frozen, "bob").orElseThrow(),
                        repos.rooms().findAsSeenBy(frozen, "cid").orElseThrow(),
                        repos.rooms().findAsSeenBy(open, "ana").orElseThrow()));
                assertThat(seen.get(0).room().frozen()).isTrue();
                assertThat(seen.get(0).membership().orElseThrow().silence()).isEqualTo(new Silence(until));
                assertThat(seen.get(1).membership().orElseThrow().silence()).isEqualTo(Silence.UNTIL_LIFTED);
                assertThat(seen.get(2).membership().orElseThrow().silence()).as("a ban is no mute").isNull();
                assertThat(seen.get(3).room().frozen()).isFalse();
                assertThat(seen.get(3).membership().orElseThrow().silence()).isNull();
            }
        }
    }

    @Test
    void a_closed_store_is_unhealthy_and_answers_unavailable() {
        try (TestDatabase fresh = fixture().freshDatabase()) {
            JdbcStore store = new JdbcStore(Database.open(fresh.settings()), MessageLogSettings.DEFAULT);
            TestData data = new TestData(store);
            User user = data.user();
            var room = data.group(user);
            store.close();

            assertThat(store.isHealthy()).isFalse();
            assertUnavailable(() -> store.read(repos -> repos.users().find(user.id())));
            assertUnavailable(() -> store.messageLog().append(data.append(room, user, "late", null)));
        }
    }

    @Test
    void a_database_that_goes_away_answers_unavailable_rather_than_dropping_messages() {
        try (TestDatabase fresh = fixture().freshDatabase()) {
            Database database = Database.open(fresh.settings().withConnectionTimeout(Duration.ofMillis(500)));
            try (JdbcStore store = new JdbcStore(database, MessageLogSettings.DEFAULT)) {
                TestData data = new TestData(store);
                User user = data.user();
                var room = data.group(user);
                database.close();

                assertUnavailable(() -> store.messageLog().append(data.append(room, user, "lost?", "c1")));
                try (GroupCommitMessageLog oneByOne = GroupCommitMessageLog.start(database,
                        MessageLogSettings.ONE_BY_ONE, size -> {
                        })) {
                    assertUnavailable(() -> oneByOne.append(data.append(room, user, "lost?", "c2")));
                }
                assertUnavailable(() -> store.transaction(repos -> repos.users().find(user.id())));
                assertThat(store.isHealthy()).isFalse();
            }
        }
    }

    private static void assertUnavailable(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ParleyException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE));
    }
}
