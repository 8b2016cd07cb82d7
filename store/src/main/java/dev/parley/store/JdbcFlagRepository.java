package dev.parley.store;

import dev.parley.core.flag.Flag;
import dev.parley.core.flag.FlagRepository;
import dev.parley.core.flag.FlagStatus;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** {@link FlagRepository} over {@code message_flags}, bound to one connection. */
final class JdbcFlagRepository implements FlagRepository {
    private static final String COLUMNS = "id, room_id, message_id, reporter_id, reason, author_id, message_text,"
            + " created_at, status, resolved_by, resolved_at";

    private final Sql sql;

    JdbcFlagRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(Flag f) {
        sql.update("INSERT INTO message_flags (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                f.id(), f.roomId(), f.messageId(), f.reporterId(), f.reason(), f.authorId(), f.text(), f.createdAt(),
                f.status().wireName(), f.resolvedBy(), f.resolvedAt());
    }

    @Override
    public Optional<Flag> find(UUID flagId) {
        return sql.one("SELECT " + COLUMNS + " FROM message_flags WHERE id = ?", JdbcFlagRepository::flag, flagId);
    }

    @Override
    public List<Flag> list(FlagStatus status, UUID beforeId, int limit) {
        if (beforeId == null) {
            return sql.list("SELECT " + COLUMNS + " FROM message_flags WHERE status = ? ORDER BY id DESC LIMIT ?",
                    JdbcFlagRepository::flag, status.wireName(), limit);
        }
        return sql.list("SELECT " + COLUMNS + " FROM message_flags WHERE status = ? AND id < ? ORDER BY id DESC LIMIT ?",
                JdbcFlagRepository::flag, status.wireName(), beforeId, limit);
    }

    @Override
    public int resolveAll(UUID messageId, FlagStatus status, String by, Instant at) {
        return sql.update("""
                UPDATE message_flags SET status = ?, resolved_by = ?, resolved_at = ?
                WHERE message_id = ? AND status = 'open'""", status.wireName(), by, at, messageId);
    }

    private static Flag flag(ResultSet row) throws SQLException {
        return new Flag(SqlValues.uuid(row, "id"), SqlValues.uuid(row, "room_id"), SqlValues.uuid(row, "message_id"),
                row.getString("reporter_id"), row.getString("reason"), row.getString("author_id"),
                row.getString("message_text"), SqlValues.instant(row, "created_at"),
                FlagStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)), row.getString("resolved_by"),
                SqlValues.instant(row, "resolved_at"));
    }
}
