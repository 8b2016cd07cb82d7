package dev.parley.store.jdbc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the database is and how to reach it.
 *
 * @param url JDBC URL: {@code jdbc:h2:…} or {@code jdbc:postgresql://…}
 * @param poolSize the most connections the pool opens
 * @param connectionTimeout how long a caller waits for a connection before the store answers
 *        {@code unavailable}
 * @param syncCommits on H2, force every commit to stable storage ({@code CHECKPOINT SYNC}, an
 *        fsync) so acknowledged writes survive a power loss, not only a crash of the process.
 *        Costs one fsync per transaction (per batch for the message log). PostgreSQL syncs on
 *        commit by itself; there the flag does nothing.
 */
public record DatabaseSettings(String url, String user, String password, int poolSize, Duration connectionTimeout,
        boolean syncCommits) {
    public static final int DEFAULT_POOL_SIZE = 10;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Dialect.of(url);
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1");
        }
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    }

    /** A PostgreSQL (or any supported) database at {@code url}, with default pool settings. */
    public static DatabaseSettings of(String url, String user, String password) {
        return new DatabaseSettings(url, user, password, DEFAULT_POOL_SIZE, DEFAULT_CONNECTION_TIMEOUT, false);
    }

    /** The embedded H2 database kept in {@code dataDirectory} (created when missing). */
    public static DatabaseSettings h2(Path dataDirectory) {
        return of(h2Url(dataDirectory), "sa", "");
    }

    /**
     * The URL of the embedded database in {@code dataDirectory}.
     * <ul>
     * <li>{@code WRITE_DELAY=0}: H2's MVStore otherwise writes committed changes from a
     * background thread up to 500 ms later (the default), so a {@code kill -9} loses commits
     * that were already acknowledged (measured here: 300 to 1,000 acknowledged sends lost per
     * kill; none with 0). With 0, H2 stores each commit's chunk in the file before the commit
     * returns ({@code TransactionStore.endTransaction} calls {@code MVStore.commit()}): it is
     * in the OS page cache and survives the death of the process. Surviving a power loss also
     * needs an fsync: {@link #syncCommits}.</li>
     * <li>{@code DB_CLOSE_ON_EXIT=FALSE}: the application closes the database after draining
     * pending writes; H2's own shutdown hook would close it underneath them.</li>
     * <li>{@code DEFAULT_LOCK_TIMEOUT=10000}: waits for a locked row up to 10 s like a
     * server database would, instead of H2's 1 s.</li>
     * <li>{@code QUERY_CACHE_SIZE=64}: each connection keeps its 64 most recent parsed
     * statements instead of 8; with more than 8 statements in turn on a pooled connection, H2
     * parsed about half of the history and sync queries again (JFR under {@code churn}: ~12 %
     * less server CPU with 64; docs/benchmarks.md).</li>
     * </ul>
     */
    public static String h2Url(Path dataDirectory) {
        String directory = dataDirectory.toAbsolutePath().normalize().toString();
        if (directory.contains(";")) {
            throw new IllegalArgumentException("the data directory must not contain ';': " + directory);
        }
        return "jdbc:h2:file:" + directory + "/parley;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;DEFAULT_LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";
    }

    public Dialect dialect() {
        return Dialect.of(url);
    }

    public DatabaseSettings withPoolSize(int size) {
        return new DatabaseSettings(url, user, password, size, connectionTimeout, syncCommits);
    }

    public DatabaseSettings withConnectionTimeout(Duration timeout) {
        return new DatabaseSettings(url, user, password, poolSize, timeout, syncCommits);
    }

    public DatabaseSettings withSyncCommits(boolean sync) {
        return new DatabaseSettings(url, user, password, poolSize, connectionTimeout, sync);
    }

    /** The password masked, for logs and config dumps. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", password=" + (password == null ? null : "****")
                + ", poolSize=" + poolSize + ", connectionTimeout=" + connectionTimeout + ", syncCommits="
                + syncCommits + "]";
    }
}
