package dev.parley.store;

import dev.parley.core.admin.AdminRepository;
import dev.parley.core.message.Message;
import dev.parley.store.jdbc.MessageRows;
import dev.parley.store.jdbc.RoomRows;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * {@link AdminRepository} over {@code rooms}, {@code members}, {@code messages} and
 * {@code users}, bound to one connection. Messages are walked newest first along
 * {@code messages_by_time}; a text filter is a case-insensitive {@code LIKE '%…%'} on those rows.
 */
final class JdbcAdminRepository implements AdminRepository {
    private static final String ROOMS = "SELECT " + RoomRows.COLUMNS.select("r") + " FROM " + RoomRows.COLUMNS.from("r");

    private final Sql sql;
    private final MessageRows messageRows;

    JdbcAdminRepository(Sql sql, MessageRows messageRows) {
        this.sql = sql;
        this.messageRows = messageRows;
    }

    @Override
    public List<dev.parley.core.room.Room> rooms(RoomQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!query.nameContains().isEmpty()) {
            where.append(" AND r.name_folded LIKE ? ESCAPE '\\'");
            params.add(SqlValues.contains(query.nameContains()));
        }
        if (query.type() != null) {
            where.append(" AND r.type = ?");
            params.add(query.type().wireName());
        }
        if (query.memberId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM members mb WHERE mb.room_id = r.id AND mb.user_id = ?)");
            params.add(query.memberId());
        }
        if (query.after() != null) {
            where.append(" AND (r.name_folded > ? OR (r.name_folded = ? AND r.id > ?))");
            params.add(query.after().foldedName());
            params.add(query.after().foldedName());
            params.add(query.after().id());
        }
        params.add(query.limit());
        return sql.list(ROOMS + where + " ORDER BY r.name_folded, r.id LIMIT ?", row -> RoomRows.read(row, "r"),
                params.toArray());
    }

    @Override
    public List<Message> messages(MessageQuery query) {
        StringBuilder where = new StringBuilder(" WHERE m.deleted_at IS NULL");
        List<Object> params = new ArrayList<>();
        condition(where, params, " AND m.room_id = ?", query.roomId());
        condition(where, params, " AND m.user_id = ?", query.userId());
        condition(where, params, " AND LOWER(m.text) LIKE ? ESCAPE '\\'",
                query.textContains() == null ? null : SqlValues.contains(query.textContains()));
        condition(where, params, " AND m.created_at >= ?", query.from());
        condition(where, params, " AND m.created_at < ?", query.to());
        if (query.before() != null) {
            where.append(" AND (m.created_at < ? OR (m.created_at = ? AND m.id < ?))");
            params.add(query.before().createdAt());
            params.add(query.before().createdAt());
            params.add(query.before().id());
        }
        params.add(query.limit());
        return sql.list(MessageRows.SELECT + where + " ORDER BY m.created_at DESC, m.id DESC LIMIT ?",
                row -> messageRows.read(row, "m"), params.toArray());
    }

    @Override
    public List<Message> messagesById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.list(MessageRows.SELECT + " WHERE m.id IN (" + SqlValues.placeholders(ids.size()) + ")",
                row -> messageRows.read(row, "m"), ids.toArray());
    }

    @Override
    public Counts counts(Instant since) {
        long[] users = sql.one("SELECT COUNT(*) AS total, COALESCE(SUM(CASE WHEN active THEN 1 ELSE 0 END), 0) AS live"
                + " FROM users", row -> new long[] {row.getLong("total"), row.getLong("live")}).orElseThrow();
        long rooms = sql.one("SELECT COUNT(*) AS n FROM rooms", row -> row.getLong("n")).orElseThrow();
        long messages = sql.one("SELECT COUNT(*) AS n FROM messages WHERE created_at >= ?", row -> row.getLong("n"),
                since).orElseThrow();
        return new Counts(users[0], users[1], rooms, messages);
    }

    private static void condition(StringBuilder where, List<Object> params, String clause, Object value) {
        if (value != null) {
            where.append(clause);
            params.add(value);
        }
    }
}
