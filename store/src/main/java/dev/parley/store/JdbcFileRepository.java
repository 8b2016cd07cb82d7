package dev.parley.store;

import dev.parley.core.file.FileKind;
import dev.parley.core.file.FileRepository;
import dev.parley.core.file.StoredFile;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** {@link FileRepository} over {@code files}, bound to one connection. */
final class JdbcFileRepository implements FileRepository {
    private static final String COLUMNS = "id, room_id, uploader_id, name, size, mime_type, kind, width, height,"
            + " duration_ms, has_thumbnail, message_id, created_at";

    private final Sql sql;

    JdbcFileRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(StoredFile file, Instant removableAt) {
        sql.update("INSERT INTO files (" + COLUMNS + ", removable_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                file.id(), file.roomId(), file.uploaderId(), file.name(), file.size(), file.mimeType(),
                file.kind().wireName(), file.width(), file.height(), file.durationMs(), file.hasThumbnail(),
                file.messageId(), file.createdAt(), removableAt);
    }

    @Override
    public Optional<StoredFile> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM files WHERE id = ?", JdbcFileRepository::row, id);
    }

    @Override
    public void claim(Collection<UUID> fileIds, UUID messageId) {
        for (List<UUID> chunk : SqlValues.inListChunks(fileIds)) {
            Object[] params = new Object[chunk.size() + 1];
            params[0] = messageId;
            for (int i = 0; i < chunk.size(); i++) {
                params[i + 1] = chunk.get(i);
            }
            sql.update("UPDATE files SET message_id = ? WHERE id IN (" + SqlValues.placeholders(chunk.size()) + ")",
                    params);
        }
    }

    @Override
    public void keep(UUID messageId) {
        sql.update("UPDATE files SET removable_at = NULL WHERE message_id = ?", messageId);
    }

    @Override
    public void moveClaims(UUID fromMessageId, UUID toMessageId) {
        sql.update("UPDATE files SET message_id = ? WHERE message_id = ?", toMessageId, fromMessageId);
    }

    @Override
    public void release(UUID messageId, Instant removableAt) {
        sql.update("UPDATE files SET removable_at = ? WHERE message_id = ?", removableAt, messageId);
    }

    @Override
    public List<StoredFile> removable(Instant now, int limit) {
        return sql.list("SELECT " + COLUMNS + " FROM files f WHERE removable_at <= ? AND (message_id IS NULL OR"
                + " NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = f.message_id AND m.deleted_at IS NULL))"
                + " ORDER BY removable_at LIMIT ?", JdbcFileRepository::row, now, limit);
    }

    @Override
    public void delete(UUID id) {
        sql.update("DELETE FROM files WHERE id = ?", id);
    }

    @Override
    public long bytesStored() {
        return sql.one("SELECT COALESCE(SUM(size), 0) AS total FROM files", rows -> rows.getLong("total"))
                .orElse(0L);
    }

    private static StoredFile row(ResultSet row) throws SQLException {
        return new StoredFile(SqlValues.uuid(row, "id"), SqlValues.uuid(row, "room_id"), row.getString("uploader_id"),
                row.getString("name"), row.getLong("size"), row.getString("mime_type"),
                FileKind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)), row.getObject("width", Integer.class),
                row.getObject("height", Integer.class), row.getObject("duration_ms", Long.class),
                row.getBoolean("has_thumbnail"), SqlValues.uuid(row, "message_id"), SqlValues.instant(row, "created_at"));
    }
}
