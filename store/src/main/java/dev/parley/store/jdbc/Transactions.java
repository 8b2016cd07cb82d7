package dev.parley.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Units of work on pooled connections: a transaction commits when its work returns and
 * rolls back when it throws; a read runs in auto-commit mode. Both give the connection back
 * to the pool whatever happens.
 */
public final class Transactions {
    /** Work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final Database database;

    public Transactions(Database database) {
        this.database = database;
    }

    /**
     * Runs {@code work} in one transaction on one connection. After the commit, forces the
     * data to disk when the settings ask for it ({@link DatabaseSettings#syncCommits()}).
     * SQL errors reach the caller untranslated, with a failed rollback attached as suppressed.
     */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.apply(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
            database.syncIfRequired(connection);
            return result;
        }
    }

    /** Runs {@code work} on a connection in auto-commit mode. */
    public <T> T read(Work<T> work) throws SQLException {
        try (Connection connection = database.connection()) {
            return work.apply(connection);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
