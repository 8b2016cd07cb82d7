package dev.parley.store;

import dev.parley.store.jdbc.Database;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlFailures;
import dev.parley.store.jdbc.Transactions;
import dev.parley.store.jdbc.StoreException;
import dev.parley.store.jdbc.AttachmentJson;
import dev.parley.store.jdbc.MessageRows;
import dev.parley.store.jdbc.EventJson;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.message.MessageLog;
import dev.parley.core.store.Repositories;
import dev.parley.core.store.Store;
import dev.parley.store.log.GroupCommitMessageLog;
import dev.parley.store.log.MessageLogSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The {@link Store} over JDBC (H2 or PostgreSQL). {@link #transaction} runs its work on one
 * connection in one transaction: committed when the work returns, rolled back when it
 * throws. Unique keys taken by another writer surface as
 * {@link dev.parley.core.store.DuplicateKeyException}, an unreachable database as
 * {@code unavailable}, other SQL errors as {@link StoreException}. Owns the
 * {@link Database} and the {@link GroupCommitMessageLog}; closing the store drains the log
 * and then closes the pool.
 */
public final class JdbcStore implements Store {
    private static final int HEALTH_TIMEOUT_SECONDS = 2;

    private final Database database;
    private final Transactions transactions;
    private final SqlFailures failures;
    private final MessageRows messageRows;
    private final EventJson events = new EventJson();
    private final GroupCommitMessageLog messageLog;
    private volatile boolean closed;

    public JdbcStore(Database database, MessageLogSettings logSettings) {
        this(database, logSettings, size -> {
        });
    }

    /** {@code batchSizes} is told the size of every batch the message log commits. */
    public JdbcStore(Database database, MessageLogSettings logSettings, IntConsumer batchSizes) {
        this.database = database;
        this.transactions = new Transactions(database);
        this.failures = new SqlFailures(database.dialect());
        this.messageRows = new MessageRows(new AttachmentJson());
        this.messageLog = GroupCommitMessageLog.start(database, logSettings, batchSizes, this::repositories);
    }

    @Override
    public <T> T transaction(Function<Repositories, T> work) {
        checkOpen();
        try {
            return transactions.inTransaction(connection -> work.apply(repositories(connection)));
        } catch (SQLException e) {
            throw failures.translate(e, "transaction");
        }
    }

    @Override
    public <T> T read(Function<Repositories, T> work) {
        checkOpen();
        try {
            return transactions.read(connection -> work.apply(repositories(connection)));
        } catch (SQLException e) {
            throw failures.translate(e, "read");
        }
    }

    @Override
    public MessageLog messageLog() {
        return messageLog;
    }

    public Database database() {
        return database;
    }

    /** Runs {@code SELECT 1} with a {@value #HEALTH_TIMEOUT_SECONDS} s timeout. */
    @Override
    public boolean isHealthy() {
        if (closed) {
            return false;
        }
        try (Connection connection = database.connection();
                PreparedStatement statement = connection.prepareStatement("SELECT 1")) {
            statement.setQueryTimeout(HEALTH_TIMEOUT_SECONDS);
            statement.executeQuery().close();
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Finishes the appends already accepted, then closes the connection pool. */
    @Override
    public void close() {
        closed = true;
        try {
            messageLog.close();
        } finally {
            database.close();
        }
    }

    /** The repositories bound to {@code connection} (package-private: the store's tests open more logs with them). */
    Repositories repositories(Connection connection) {
        return new JdbcRepositories(new Sql(connection, failures), messageRows, events);
    }

    private void checkOpen() {
        if (closed) {
            throw new ParleyException(ErrorCode.UNAVAILABLE, "the store is closed");
        }
    }
}
