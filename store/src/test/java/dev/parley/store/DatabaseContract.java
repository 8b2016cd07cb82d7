package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.user.User;
import java.time.Duration;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

public abstract class DatabaseContract extends StoreContract {

    @Test
    void the_store_is_healthy_and_the_schema_is_at_the_latest_version() {
        assertThat(store().isHealthy()).isTrue();
        assertThat(new SchemaMigrations(database().dataSource(), database().dialect()).currentVersion()).contains("3");
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
                    .hasMessageContaining("newer than this build of Parley knows (up to 3)");
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
