package dev.parley.store.jdbc;

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
    H2("", "CHECKPOINT SYNC",
            "UNNEST(?, ?) AS k(user_id, client_id)"
                    + " JOIN messages m ON m.user_id = k.user_id AND m.client_id = k.client_id",
            Map.of(),
            // CONNECTION_BROKEN_1, DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN
            Set.of(90067, 90098, 90121), Set.of()),
    /** PostgreSQL 15 or later. */
    POSTGRESQL("COLLATE \"C\"", null,
            // OFFSET 0 keeps the subquery a per-key index lookup: flattened into a join, the
            // planner picks a hash join over a full scan of messages whenever its statistics
            // say the table is small, which they do while it grows fast.
            "UNNEST(?, ?) AS k(user_id, client_id) CROSS JOIN LATERAL (SELECT * FROM messages m"
                    + " WHERE m.user_id = k.user_id AND m.client_id = k.client_id OFFSET 0) m",
            // Sends a batch of INSERTs as multi-row statements.
            Map.of("reWriteBatchedInserts", "true"),
            Set.of(),
            // admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
            Set.of("57P01", "57P02", "57P03", "53300"));

    private static final String UNIQUE_VIOLATION = "23505";

    private final String byteOrderCollation;
    private final String syncStatement;
    private final String messagesByClientKeys;
    private final Map<String, String> dataSourceProperties;
    private final Set<Integer> unavailableErrorCodes;
    private final Set<String> unavailableStates;

    Dialect(String byteOrderCollation, String syncStatement, String messagesByClientKeys,
            Map<String, String> dataSourceProperties, Set<Integer> unavailableErrorCodes, Set<String> unavailableStates) {
        this.byteOrderCollation = byteOrderCollation;
        this.syncStatement = syncStatement;
        this.messagesByClientKeys = messagesByClientKeys;
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

    /** Flyway placeholders used by the migrations. */
    public Map<String, String> migrationPlaceholders() {
        return Map.of("byteOrder", byteOrderCollation);
    }

    /**
     * The statement that forces committed data to stable storage (fsync), or null when the
     * engine already does so on every commit (PostgreSQL with its default {@code fsync=on}).
     */
    public String syncStatement() {
        return syncStatement;
    }

    /**
     * A FROM clause giving the {@code messages} rows (as {@code m}) of the keys in two array
     * parameters, user ids and client ids, each found through the {@code (user_id,
     * client_id)} index. H2 joins the arrays to the index by itself but has no LATERAL; an
     * IN list of pairs does not work on PostgreSQL, which factors out a shared user id and
     * then scans all of that user's messages.
     */
    public String messagesByClientKeys() {
        return messagesByClientKeys;
    }

    public Map<String, String> dataSourceProperties() {
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
