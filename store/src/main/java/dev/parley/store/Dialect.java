package dev.parley.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Set;

/**
 * Everything that differs between the two supported engines, and nothing else: all other
 * SQL is one text that runs on both. Chosen from the JDBC URL.
 */
public enum Dialect {
    /** Embedded H2 2.5 in PostgreSQL mode. */
    H2("FOR UPDATE", "", "CHECKPOINT SYNC", Map.of(),
            // CONNECTION_BROKEN_1, DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN
            Set.of(90067, 90098, 90121), Set.of()),
    /** PostgreSQL 15 or later. */
    POSTGRESQL("FOR NO KEY UPDATE", "COLLATE \"C\"", null,
            // Sends a batch of INSERTs as multi-row statements.
            Map.of("reWriteBatchedInserts", "true"),
            Set.of(),
            // admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
            Set.of("57P01", "57P02", "57P03", "53300"));

    private static final String UNIQUE_VIOLATION = "23505";

    private final String rowLock;
    private final String byteOrderCollation;
    private final String syncStatement;
    private final Map<String, String> dataSourceProperties;
    private final Set<Integer> unavailableErrorCodes;
    private final Set<String> unavailableStates;

    Dialect(String rowLock, String byteOrderCollation, String syncStatement, Map<String, String> dataSourceProperties,
            Set<Integer> unavailableErrorCodes, Set<String> unavailableStates) {
        this.rowLock = rowLock;
        this.byteOrderCollation = byteOrderCollation;
        this.syncStatement = syncStatement;
        this.dataSourceProperties = dataSourceProperties;
        this.unavailableErrorCodes = unavailableErrorCodes;
        this.unavailableStates = unavailableStates;
    }

    /** The dialect of a JDBC URL; only H2 and PostgreSQL are supported. */
    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL " + jdbcUrl
                + ": use jdbc:h2:… (embedded) or jdbc:postgresql://…");
    }

    /**
     * The locking clause that serializes writers of a room row. PostgreSQL's weaker
     * {@code FOR NO KEY UPDATE} still excludes other writers but does not block inserts
     * that merely reference the row through a foreign key.
     */
    public String rowLock() {
        return rowLock;
    }

    /** Flyway placeholders used by the migrations. */
    Map<String, String> migrationPlaceholders() {
        return Map.of("byteOrder", byteOrderCollation);
    }

    /**
     * The statement that forces committed data to stable storage (fsync), or null when the
     * engine already does so on every commit (PostgreSQL with its default {@code fsync=on}).
     */
    String syncStatement() {
        return syncStatement;
    }

    Map<String, String> dataSourceProperties() {
        return dataSourceProperties;
    }

    /** A unique or primary key was violated; both engines report SQLState 23505. */
    public boolean isUniqueViolation(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            if (UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The database cannot be reached or is shutting down, as opposed to a failing statement. */
    public boolean isUnavailable(SQLException e) {
        if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = e.getSQLState();
        return (state != null && (state.startsWith("08") || unavailableStates.contains(state)))
                || unavailableErrorCodes.contains(e.getErrorCode());
    }
}
