package dev.parley.store;

import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.MentionRows;
import dev.parley.store.jdbc.MessageRows;
import dev.parley.core.message.Mentions;
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
public final class JdbcMessageRepository implements MessageRepository {
    private static final String SELECT = MessageRows.SELECT;
    private static final int SCAN_STEP = 256;

    private final Sql sql;
    private final MessageRows rows;

    public JdbcMessageRepository(Sql sql, MessageRows rows) {
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
    /**
     * Seqs are dense (1 … lastSeq; a deleted message keeps its seq as a tombstone), so a page
     * is a bounded key range of the primary key — here the one just below {@code before}, or
     * below the room's end. (With {@code ORDER BY seq DESC LIMIT} H2 read every row below
     * {@code before}: 150,001 rows for a 51-row page at seq 150,000.)
     */
    public List<Message> before(UUID roomId, long before, int fetch) {
        return sql.list(SELECT + " WHERE m.room_id = ? AND m.seq < ?"
                + " AND m.seq >= LEAST(?, (SELECT r.last_seq + 1 FROM rooms r WHERE r.id = ?)) - ? ORDER BY m.seq DESC",
                row -> rows.read(row, "m"), roomId, before, before, roomId, fetch);
    }

    /** The key range just above {@code after} (see {@link #before}: H2 read to the room's end with LIMIT). */
    @Override
    public List<Message> after(UUID roomId, long after, int fetch) {
        return sql.list(SELECT + " WHERE m.room_id = ? AND m.seq > ? AND m.seq <= ? ORDER BY m.seq",
                row -> rows.read(row, "m"), roomId, after, after + fetch);
    }

    @Override
    public void edit(UUID messageId, String text, Mentions mentions, Instant at) {
        sql.update("UPDATE messages SET text = ?, mentions = ?, mentions_all = ?, edited_at = ? WHERE id = ?", text,
                MessageRows.mentionsColumn(mentions), mentions.all(), at, messageId);
        sql.update(MentionRows.DELETE_OF_MESSAGE, messageId);
        for (String userId : MentionRows.keys(mentions)) {
            sql.update("INSERT INTO mentions (room_id, user_id, seq, message_id)"
                    + " SELECT room_id, ?, seq, id FROM messages WHERE id = ?", userId, messageId);
        }
    }

    /**
     * Keeps id, seq, author, parent and client id; clears text, attachments and mentions; adds
     * the deletion's row; when it was the room's latest message, the room's
     * {@code last_message_seq} moves back to the one before that still exists.
     */
    @Override
    public void tombstone(UUID messageId, Instant at) {
        if (sql.update("UPDATE messages SET text = '', attachments = NULL, mentions = NULL, mentions_all = FALSE,"
                + " deleted_at = ? WHERE id = ? AND deleted_at IS NULL", at, messageId) == 0) {
            return;
        }
        sql.update(MentionRows.DELETE_OF_MESSAGE, messageId);
        sql.update("INSERT INTO message_deletions (room_id, seq) SELECT room_id, seq FROM messages WHERE id = ?",
                messageId);
        sql.one("SELECT m.room_id, m.seq FROM messages m JOIN rooms r ON r.id = m.room_id AND r.last_message_seq = m.seq"
                + " WHERE m.id = ?", row -> new Located(row.getObject(1, UUID.class), row.getLong(2)), messageId)
                .ifPresent(latest -> sql.update("UPDATE rooms SET last_message_seq = ? WHERE id = ?",
                        existingBelow(latest.roomId(), latest.seq()), latest.roomId()));
    }

    @Override
    public long deletedAbove(UUID roomId, long seq) {
        return sql.one("SELECT COUNT(*) FROM message_deletions WHERE room_id = ? AND seq > ?", row -> row.getLong(1),
                roomId, seq).orElse(0L);
    }

    @Override
    public Optional<Message> latest(UUID roomId) {
        return sql.one(SELECT + " JOIN rooms r ON r.id = m.room_id AND m.seq = r.last_message_seq WHERE r.id = ?",
                row -> rows.read(row, "m"), roomId);
    }

    /**
     * The seq of the room's latest message below {@code seq} that is not deleted, 0 when none:
     * key ranges of {@link #SCAN_STEP} going down (H2 would read every row below with
     * {@code ORDER BY seq DESC LIMIT 1}), usually one.
     */
    private long existingBelow(UUID roomId, long seq) {
        for (long top = seq - 1; top > 0; top -= SCAN_STEP) {
            long found = sql.one("SELECT MAX(seq) FROM messages WHERE room_id = ? AND seq <= ? AND seq > ?"
                    + " AND deleted_at IS NULL", row -> row.getLong(1), roomId, top, top - SCAN_STEP).orElse(0L);
            if (found > 0) {
                return found;
            }
        }
        return 0;
    }

    private record Located(UUID roomId, long seq) {
    }

    /** Through the {@code messages_client_id} key, whose first column is the user. */
    @Override
    public List<Message> liveOf(String userId, UUID roomId, int limit) {
        if (roomId == null) {
            return sql.list(SELECT + " WHERE m.user_id = ? AND m.deleted_at IS NULL LIMIT ?",
                    row -> rows.read(row, "m"), userId, limit);
        }
        return sql.list(SELECT + " WHERE m.user_id = ? AND m.room_id = ? AND m.deleted_at IS NULL LIMIT ?",
                row -> rows.read(row, "m"), userId, roomId, limit);
    }
}
