package dev.parley.store;

import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import dev.parley.store.jdbc.UserRows;
import dev.parley.core.user.SearchWords;
import dev.parley.core.user.User;
import dev.parley.core.user.UserRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link UserRepository} over the {@code users} table, bound to one connection. */
final class JdbcUserRepository implements UserRepository {
    private static final String SELECT = "SELECT " + UserRows.COLUMNS.select("u") + " FROM " + UserRows.COLUMNS.from("u");

    private final Sql sql;

    JdbcUserRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<User> find(String id) {
        return sql.one(SELECT + " WHERE u.id = ?", row -> UserRows.read(row, "u"), id);
    }

    @Override
    public List<User> findAll(Collection<String> ids) {
        List<User> users = new ArrayList<>();
        for (List<String> chunk : SqlValues.inListChunks(ids)) {
            users.addAll(sql.list(SELECT + " WHERE u.id IN (" + SqlValues.placeholders(chunk.size()) + ") ORDER BY u.id",
                    row -> UserRows.read(row, "u"), chunk.toArray()));
        }
        return users;
    }

    @Override
    public void insert(User user) {
        sql.update("""
                INSERT INTO users (id, id_folded, name, name_folded, words_folded, avatar_url, role, data, active,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                user.id(), UserRows.fold(user.id()), user.name(), UserRows.fold(user.name()),
                SearchWords.of(user.id(), user.name()), user.avatarUrl(),
                user.role().wireName(), user.data(), user.active(), user.createdAt(), user.updatedAt());
    }

    /** Replaces the writable fields; reactivating a user clears its deactivation time. */
    @Override
    public void update(User user) {
        sql.update("""
                UPDATE users SET name = ?, name_folded = ?, words_folded = ?, avatar_url = ?, role = ?, data = ?,
                    active = ?, updated_at = ?,
                    deactivated_at = CASE WHEN CAST(? AS BOOLEAN) THEN NULL ELSE deactivated_at END
                WHERE id = ?""",
                user.name(), UserRows.fold(user.name()), SearchWords.of(user.id(), user.name()), user.avatarUrl(), user.role().wireName(), user.data(),
                user.active(), user.updatedAt(), user.active(), user.id());
    }

    @Override
    public List<User> search(String prefix, String afterId, int fetch) {
        return search(prefix, "", afterId, fetch);
    }

    @Override
    public List<User> searchActive(String prefix, String afterId, int fetch) {
        return search(prefix, " AND u.active = TRUE", afterId, fetch);
    }

    @Override
    public List<User> searchActiveSharingRooms(String prefix, String viewerId, String afterId, int fetch) {
        return search(prefix, " AND u.active = TRUE AND EXISTS (SELECT 1 FROM members theirs"
                + " JOIN members mine ON mine.room_id = theirs.room_id WHERE theirs.user_id = u.id AND mine.user_id = ?)",
                List.of(viewerId), afterId, fetch);
    }

    private List<User> search(String prefix, String condition, String afterId, int fetch) {
        return search(prefix, condition, List.of(), afterId, fetch);
    }

    /**
     * The users whose id or name, or a word of either, starts with the prefix
     * ({@link SearchWords}). The id and name starts use their indexes; a word start
     * ({@code words_folded LIKE '% kim%'}) scans the users table, which a directory of tens of
     * thousands of users affords.
     */
    private List<User> search(String prefix, String condition, List<Object> conditionParams, String afterId,
            int fetch) {
        String pattern = SqlValues.startsWith(UserRows.fold(prefix));
        String where = " WHERE (u.id_folded LIKE ? ESCAPE '\\' OR u.name_folded LIKE ? ESCAPE '\\'"
                + " OR u.words_folded LIKE ? ESCAPE '\\')" + condition;
        List<Object> params = new ArrayList<>(List.of(pattern, pattern, "% " + pattern));
        params.addAll(conditionParams);
        if (afterId != null) {
            where += " AND u.id > ?";
            params.add(afterId);
        }
        params.add(fetch);
        return sql.list(SELECT + where + " ORDER BY u.id LIMIT ?", row -> UserRows.read(row, "u"), params.toArray());
    }

    @Override
    public void deactivate(String id, Instant at) {
        sql.update("UPDATE users SET active = FALSE, deactivated_at = ?, updated_at = ? WHERE id = ?", at, at, id);
    }

    @Override
    public void setTokensValidFrom(String id, long epochSecond) {
        sql.update("UPDATE users SET tokens_valid_from = ? WHERE id = ?", epochSecond, id);
    }

    /** 0 for an unknown user: nothing was ever revoked for it. */
    @Override
    public long tokensValidFrom(String id) {
        return sql.one("SELECT tokens_valid_from FROM users WHERE id = ?", row -> row.getLong(1), id).orElse(0L);
    }
}
