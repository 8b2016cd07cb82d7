package dev.parley.store;

import dev.parley.core.moderation.ModerationRepository;
import dev.parley.core.moderation.PostingState;
import dev.parley.core.moderation.Restriction;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** {@link ModerationRepository} over {@code room_restrictions}, bound to one connection. */
final class JdbcModerationRepository implements ModerationRepository {
    private static final String ACTIVE = "(expires_at IS NULL OR expires_at > ?)";

    private final Sql sql;

    JdbcModerationRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void put(Restriction r) {
        remove(r.roomId(), r.userId(), r.kind());
        sql.update("""
                INSERT INTO room_restrictions (room_id, user_id, kind, reason, created_by, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                r.roomId(), r.userId(), r.kind().wireName(), r.reason(), r.createdBy(), r.createdAt(), r.expiresAt());
    }

    @Override
    public boolean remove(UUID roomId, String userId, Restriction.Kind kind) {
        return sql.update("DELETE FROM room_restrictions WHERE room_id = ? AND user_id = ? AND kind = ?",
                roomId, userId, kind.wireName()) > 0;
    }

    @Override
    public Optional<Restriction> find(UUID roomId, String userId, Restriction.Kind kind) {
        return sql.one("""
                SELECT room_id, user_id, kind, reason, created_by, created_at, expires_at FROM room_restrictions
                WHERE room_id = ? AND user_id = ? AND kind = ?""",
                row -> new Restriction(SqlValues.uuid(row, "room_id"), row.getString("user_id"),
                        Restriction.Kind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)), row.getString("reason"),
                        row.getString("created_by"), SqlValues.instant(row, "created_at"),
                        SqlValues.instant(row, "expires_at")),
                roomId, userId, kind.wireName());
    }

    @Override
    public List<String> bannedAmong(UUID roomId, Collection<String> userIds, Instant now) {
        List<String> banned = new ArrayList<>();
        for (List<String> chunk : SqlValues.inListChunks(userIds)) {
            List<Object> params = new ArrayList<>(List.of(roomId, now));
            params.addAll(chunk);
            banned.addAll(sql.list("SELECT user_id FROM room_restrictions WHERE room_id = ? AND kind = 'ban' AND "
                    + ACTIVE + " AND user_id IN (" + SqlValues.placeholders(chunk.size()) + ") ORDER BY user_id",
                    row -> row.getString(1), params.toArray()));
        }
        return banned;
    }

    @Override
    public PostingState postingState(UUID roomId, String userId, Instant now) {
        List<String> kinds = sql.list("SELECT kind FROM room_restrictions WHERE room_id = ? AND user_id = ? AND "
                + ACTIVE, row -> row.getString(1), roomId, userId, now);
        return new PostingState(kinds.contains("ban"), kinds.contains("mute"));
    }
}
