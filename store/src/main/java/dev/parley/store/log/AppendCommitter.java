package dev.parley.store.log;

import dev.parley.store.jdbc.AttachmentJson;
import dev.parley.store.jdbc.Database;
import dev.parley.store.jdbc.Dialect;
import dev.parley.store.jdbc.MessageRows;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlFailures;
import dev.parley.store.jdbc.Transactions;
import dev.parley.core.message.Append;
import dev.parley.core.message.Message;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.sql.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits batches of appends: the whole batch in one transaction; when that transaction
 * fails (a client id raced in from another node, a broken foreign key, a deadlock), each
 * append again in a transaction of its own, so that one bad append never fails the others.
 * An append that collides on its {@code (userId, clientId)} resolves to the original
 * message. When the database is unreachable every append of the batch fails with
 * {@code unavailable} at once.
 */
public final class AppendCommitter {
    private static final Logger LOG = LoggerFactory.getLogger(AppendCommitter.class);

    private final Transactions transactions;
    private final BatchAppender appender;
    private final Dialect dialect;
    private final SqlFailures failures;
    private final MessageRows rows;
    private volatile BiConsumer<Connection, List<Message>> beforeCommit = (connection, created) -> {
    };

    public AppendCommitter(Transactions transactions, BatchAppender appender, Dialect dialect, MessageRows rows) {
        this.transactions = transactions;
        this.appender = appender;
        this.dialect = dialect;
        this.failures = new SqlFailures(dialect);
        this.rows = rows;
    }

    /** A committer appending to {@code database}. */
    public static AppendCommitter on(Database database) {
        MessageRows rows = new MessageRows(new AttachmentJson());
        BatchAppender appender = new BatchAppender(database.dialect(), rows);
        return new AppendCommitter(new Transactions(database), appender, database.dialect(), rows);
    }

    /** Runs {@code step} inside each batch's transaction with the messages it created, before the commit. */
    public void beforeCommit(BiConsumer<Connection, List<Message>> step) {
        this.beforeCommit = step;
    }

    /** One outcome per append, in order; never throws. */
    public List<AppendOutcome> commit(List<Append> appends) {
        try {
            return transactions.inTransaction(connection -> append(connection, appends));
        } catch (SQLException e) {
            if (failures.isUnavailable(e)) {
                return Collections.nCopies(appends.size(),
                        AppendOutcome.failed(SqlFailures.unavailable("appending messages", e)));
            }
            return commitOneByOne(appends, e);
        } catch (RuntimeException e) {
            return commitOneByOne(appends, e);
        }
    }

    private List<AppendOutcome> commitOneByOne(List<Append> appends, Exception batchFailure) {
        if (appends.size() == 1) {
            return List.of(resolve(appends.getFirst(), batchFailure));
        }
        LOG.warn("A batch of {} appends failed ({}); storing each in its own transaction", appends.size(),
                summary(batchFailure));
        return appends.stream().map(this::commitAlone).toList();
    }

    private AppendOutcome commitAlone(Append append) {
        try {
            return transactions.inTransaction(connection -> append(connection, List.of(append))).getFirst();
        } catch (SQLException | RuntimeException e) {
            return resolve(append, e);
        }
    }

    private List<AppendOutcome> append(Connection connection, List<Append> appends) throws SQLException {
        List<AppendOutcome> outcomes = appender.append(connection, appends);
        List<Message> created = outcomes.stream().map(AppendOutcome::createdMessage).filter(Objects::nonNull).toList();
        if (!created.isEmpty()) {
            beforeCommit.accept(connection, created);
        }
        return outcomes;
    }

    /** The outcome of a single append whose transaction failed with {@code failure}. */
    private AppendOutcome resolve(Append append, Exception failure) {
        if (failure instanceof SQLException e) {
            if (dialect.isUniqueViolation(e) && append.clientId() != null) {
                Optional<Message> original = findOriginal(append);
                if (original.isPresent()) {
                    return AppendOutcome.retried(original.get());
                }
            }
            return AppendOutcome.failed(failures.translate(e, "appending a message to room " + append.roomId()));
        }
        return AppendOutcome.failed((RuntimeException) failure);
    }

    /** The cause of a failure without the statement's parameters (which hold message text). */
    private static String summary(Exception failure) {
        if (failure instanceof SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
            return "SQLState " + e.getSQLState() + ": " + (message.length() > 300 ? message.substring(0, 300) : message);
        }
        return failure.toString();
    }

    private Optional<Message> findOriginal(Append append) {
        try {
            return transactions.read(connection -> new Sql(connection, failures).one(
                    MessageRows.SELECT + " WHERE m.user_id = ? AND m.client_id = ?",
                    row -> rows.read(row, "m"), append.userId(), append.clientId()));
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not read the original of client id {} of {}", append.clientId(), append.userId(), e);
            return Optional.empty();
        }
    }
}
