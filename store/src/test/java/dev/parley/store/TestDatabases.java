package dev.parley.store;

import dev.parley.store.jdbc.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh databases for tests: an embedded H2 database in a new directory, or a new,
 * uniquely named PostgreSQL database that is dropped on close.
 *
 * <p>PostgreSQL is reached as {@code PARLEY_TEST_PG_USER} (default {@code postgres}, password
 * {@code PARLEY_TEST_PG_PASSWORD} if any) at {@code PARLEY_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}). When it cannot be reached the test
 * fails — unless {@code PARLEY_SKIP_PG=1}, which skips PostgreSQL tests instead.
 */
public final class TestDatabases {
    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final Pattern PG_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");

    private TestDatabases() {
    }

    /** An H2 database in a new directory under {@code parent}. */
    public static TestDatabase h2(Path parent) {
        try {
            Path directory = Files.createTempDirectory(parent, "h2-");
            DatabaseSettings settings = DatabaseSettings.h2(directory);
            return new TestDatabase() {
                @Override
                public DatabaseSettings settings() {
                    return settings;
                }

                @Override
                public void close() {
                    // The directory belongs to the test's @TempDir, which JUnit deletes.
                }
            };
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create an H2 data directory under " + parent, e);
        }
    }

    public static boolean postgresSkipped() {
        return "1".equals(System.getenv("PARLEY_SKIP_PG"));
    }

    /** A new, empty PostgreSQL database; aborts the test when PARLEY_SKIP_PG=1. */
    public static TestDatabase postgres() {
        Assumptions.assumeFalse(postgresSkipped(), "PARLEY_SKIP_PG=1: PostgreSQL tests are skipped");
        String adminUrl = env("PARLEY_TEST_PG_URL", DEFAULT_PG_URL);
        String user = env("PARLEY_TEST_PG_USER", "postgres");
        String password = env("PARLEY_TEST_PG_PASSWORD", "");
        String name = "parley_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        execute(adminUrl, user, password, "CREATE DATABASE " + name);
        DatabaseSettings settings = DatabaseSettings.of(withDatabase(adminUrl, name), user, password);
        return new TestDatabase() {
            @Override
            public DatabaseSettings settings() {
                return settings;
            }

            @Override
            public void close() {
                execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        };
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            String reason = String.valueOf(e.getMessage()).replaceAll("\\.+$", "");
            throw new IllegalStateException("PostgreSQL at " + url + " as " + user + " failed on '" + sql + "': "
                    + reason + ". Start PostgreSQL (pg_ctlcluster 15 main start), point PARLEY_TEST_PG_URL"
                    + " at one, or set PARLEY_SKIP_PG=1 to skip these tests.", e);
        }
    }

    static String withDatabase(String url, String database) {
        Matcher matcher = PG_URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host[:port]/database URL: " + url);
        }
        return matcher.group(1) + database + (matcher.group(3) == null ? "" : matcher.group(3));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
