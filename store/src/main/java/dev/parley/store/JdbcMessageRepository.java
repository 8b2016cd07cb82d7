package dev.parley.store;

import dev.parley.core.message.Message;
import dev.parley.core.message.MessageRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link MessageRepository} over {@code messages}, bound to one connection. History pages are
 * range scans of the {@code (room_id, seq)} primary key. New messages are written only by
 * the message log ({@link GroupCommitMessageLog}).
 */
final class JdbcMessageRepository implements MessageRepository {
    static final String SELECT = "SELECT " + MessageRows.COLUMNS.select("m") + " FROM " + MessageRows.COLUMNS.from("m");

    private final Sql sql;
    private final MessageRows rows;

    JdbcMessageRepository(Sql sql, MessageRows rows) {
        this.sql = sql;
        this.rows = rows;
    }

    @Override
    public Optional<Message> find(UUID roomId, UUID messageId) {
        return sql.one(SELECT + " WHERE m.id = ? AND m.room_id = ?", row -> rows.read(row, "m"), messageId, roomId);
    }

    @Override
    public Optional<Message> findBySeq(UUID roomId, long seq) {
        return sql.one(SELECT + " WHERE m.room_id = ? AND m.seq = ?", row -> rows.read(row, "m"), roomId, seq);
    }

    @Override
    public List<Message> before(UUID roomId, long before, int fetch) {
        return sql.list(SELECT + " WHERE m.room_id = ? AND m.seq < ? ORDER BY m.seq DESC LIMIT ?",
                row -> rows.read(row, "m"), roomId, before, fetch);
    }

    @Override
    public List<Message> after(UUID roomId, long after, int fetch) {
        return sql.list(SELECT + " WHERE m.room_id = ? AND m.seq > ? ORDER BY m.seq LIMIT ?",
                row -> rows.read(row, "m"), roomId, after, fetch);
    }

    @Override
    public void edit(UUID messageId, String text, Instant at) {
        sql.update("UPDATE messages SET text = ?, edited_at = ? WHERE id = ?", text, at, messageId);
    }

    /** Keeps id, seq, author, parent and client id; clears text and attachments. */
    @Override
    public void tombstone(UUID messageId, Instant at) {
        sql.update("UPDATE messages SET text = '', attachments = NULL, deleted_at = ? WHERE id = ?", at, messageId);
    }
}
