package dev.parley.store;

import dev.parley.core.stream.OpenStream;
import dev.parley.core.stream.StreamRepository;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link StreamRepository} over {@code message_streams} (one row per open stream, inserted by
 * the message log) and the text and {@code streaming} flag of {@code messages}. The
 * {@code UPDATE} of an append takes the message's row lock, so appends to one message from
 * several connections line up, and the text read back is the one this append produced.
 */
final class JdbcStreamRepository implements StreamRepository {
    private static final String APPEND = "UPDATE messages SET text = text || ? WHERE id = ? AND streaming = TRUE";
    private static final String TOUCH = "UPDATE message_streams SET touched_at = ? WHERE message_id = ?";
    private static final String END = "UPDATE messages SET streaming = FALSE WHERE id = ? AND streaming = TRUE";

    private final Sql sql;

    JdbcStreamRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<String> append(UUID messageId, String text, Instant at) {
        if (sql.update(APPEND, text, messageId) == 0) {
            return Optional.empty();
        }
        sql.update(TOUCH, SqlValues.stored(at), messageId);
        return sql.one("SELECT text FROM messages WHERE id = ?", row -> row.getString("text"), messageId);
    }

    @Override
    public boolean end(UUID messageId) {
        sql.update("DELETE FROM message_streams WHERE message_id = ?", messageId);
        return sql.update(END, messageId) > 0;
    }

    @Override
    public boolean endIdle(UUID messageId, Instant cutoff) {
        if (sql.update("DELETE FROM message_streams WHERE message_id = ? AND touched_at < ?", messageId,
                SqlValues.stored(cutoff)) == 0) {
            return false;
        }
        return sql.update(END, messageId) > 0;
    }

    @Override
    public List<OpenStream> idleSince(Instant cutoff, int limit) {
        return sql.list("SELECT room_id, message_id FROM message_streams WHERE touched_at < ? ORDER BY touched_at LIMIT ?",
                row -> new OpenStream(SqlValues.uuid(row, "room_id"), SqlValues.uuid(row, "message_id")),
                SqlValues.stored(cutoff), limit);
    }
}
