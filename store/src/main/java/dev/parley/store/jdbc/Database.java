package dev.parley.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * An open, migrated database: a connection pool (HikariCP) over H2 or PostgreSQL whose schema
 * is at the version this build knows. {@link #open} fails with a clear message when the
 * database cannot be reached or its schema is newer than this build.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final Dialect dialect;
    private final DatabaseSettings settings;

    private Database(HikariDataSource pool, Dialect dialect, DatabaseSettings settings) {
        this.pool = pool;
        this.dialect = dialect;
        this.settings = settings;
    }

    /** Opens the pool and migrates the schema. */
    public static Database open(DatabaseSettings settings) {
        Dialect dialect = settings.dialect();
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(settings, dialect));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to the database at " + settings.url() + ": "
                    + e.getMessage(), e);
        }
        try {
            new SchemaMigrations(pool, dialect).migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, dialect, settings);
    }

    private static HikariConfig poolConfig(DatabaseSettings settings, Dialect dialect) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("parley-db");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setAutoCommit(true);
        dialect.dataSourceProperties().forEach(config::addDataSourceProperty);
        return config;
    }

    public Dialect dialect() {
        return dialect;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public DataSource dataSource() {
        return pool;
    }

    /**
     * A pooled connection in auto-commit mode; closing it returns it to the pool. Fails with a
     * connection error (SQLState 08003) once the database is closed.
     */
    public Connection connection() throws SQLException {
        if (pool.isClosed()) {
            throw new SQLNonTransientConnectionException("the database connection pool is closed", "08003");
        }
        return pool.getConnection();
    }

    /**
     * After a commit on {@code connection}: forces it to stable storage when the settings ask
     * for it and the engine needs to be told.
     */
    public void syncIfRequired(Connection connection) throws SQLException {
        String sync = dialect.syncStatement();
        if (settings.syncCommits() && sync != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sync);
            }
        }
    }

    public boolean isClosed() {
        return pool.isClosed();
    }

    @Override
    public void close() {
        pool.close();
    }
}
