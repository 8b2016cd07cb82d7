package dev.parley.store;

import dev.parley.core.appban.AppBan;
import dev.parley.core.appban.AppBanRepository;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import java.util.Optional;

/** {@link AppBanRepository} over {@code app_bans}, bound to one connection. */
final class JdbcAppBanRepository implements AppBanRepository {
    private final Sql sql;

    JdbcAppBanRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void put(AppBan ban) {
        remove(ban.userId());
        sql.update("INSERT INTO app_bans (user_id, reason, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                ban.userId(), ban.reason(), ban.createdBy(), ban.createdAt(), ban.expiresAt());
    }

    @Override
    public boolean remove(String userId) {
        return sql.update("DELETE FROM app_bans WHERE user_id = ?", userId) > 0;
    }

    @Override
    public Optional<AppBan> find(String userId) {
        return sql.one("SELECT user_id, reason, created_by, created_at, expires_at FROM app_bans WHERE user_id = ?",
                row -> new AppBan(row.getString("user_id"), row.getString("reason"), row.getString("created_by"),
                        SqlValues.instant(row, "created_at"), SqlValues.instant(row, "expires_at")),
                userId);
    }
}
