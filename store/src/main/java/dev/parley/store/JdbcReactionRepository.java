package dev.parley.store;

import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import dev.parley.core.message.Reaction;
import dev.parley.core.message.ReactionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@link ReactionRepository} over {@code reactions}, bound to one connection. */
final class JdbcReactionRepository implements ReactionRepository {
    private final Sql sql;

    JdbcReactionRepository(Sql sql) {
        this.sql = sql;
    }

    /** Idempotent, also against a concurrent add of the same reaction. */
    @Override
    public boolean add(UUID roomId, UUID messageId, String userId, String emoji, Instant at) {
        return sql.update("""
                INSERT INTO reactions (room_id, message_id, user_id, emoji, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", roomId, messageId, userId, emoji, at) == 1;
    }

    @Override
    public boolean remove(UUID messageId, String userId, String emoji) {
        return sql.update("DELETE FROM reactions WHERE message_id = ? AND user_id = ? AND emoji = ?",
                messageId, userId, emoji) > 0;
    }

    @Override
    public void removeAll(UUID messageId) {
        sql.update("DELETE FROM reactions WHERE message_id = ?", messageId);
    }

    /** Messages without reactions are absent from the map. */
    @Override
    public Map<UUID, List<Reaction>> of(Collection<UUID> messageIds) {
        record Row(UUID messageId, String emoji, String userId) {
        }
        Map<UUID, Map<String, List<String>>> grouped = new HashMap<>();
        for (List<UUID> chunk : SqlValues.inListChunks(messageIds)) {
            List<Row> rows = sql.list("SELECT message_id, emoji, user_id FROM reactions WHERE message_id IN ("
                    + SqlValues.placeholders(chunk.size()) + ") ORDER BY ordinal",
                    row -> new Row(SqlValues.uuid(row, "message_id"), row.getString("emoji"), row.getString("user_id")),
                    chunk.toArray());
            for (Row row : rows) {
                grouped.computeIfAbsent(row.messageId(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(row.emoji(), emoji -> new ArrayList<>())
                        .add(row.userId());
            }
        }
        Map<UUID, List<Reaction>> result = new HashMap<>();
        grouped.forEach((messageId, byEmoji) -> result.put(messageId, byEmoji.entrySet().stream()
                .map(e -> new Reaction(e.getKey(), e.getValue().size(), List.copyOf(e.getValue())))
                .toList()));
        return result;
    }
}
