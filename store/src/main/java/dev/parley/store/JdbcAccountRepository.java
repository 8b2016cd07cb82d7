package dev.parley.store;

import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import dev.parley.core.account.AccountRepository;
import dev.parley.core.account.LocalAccount;
import java.time.Instant;
import java.util.Optional;

/** {@link AccountRepository} over {@code local_accounts}, bound to one connection. */
final class JdbcAccountRepository implements AccountRepository {
    private final Sql sql;

    JdbcAccountRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<LocalAccount> find(String userId) {
        return sql.one("""
                SELECT user_id, password_hash, password_generated, created_at, updated_at
                FROM local_accounts WHERE user_id = ?""",
                row -> new LocalAccount(row.getString("user_id"), row.getString("password_hash"),
                        row.getBoolean("password_generated"), SqlValues.instant(row, "created_at"),
                        SqlValues.instant(row, "updated_at")),
                userId);
    }

    @Override
    public void insert(LocalAccount account) {
        sql.update("""
                INSERT INTO local_accounts (user_id, password_hash, password_generated, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?)""",
                account.userId(), account.passwordHash(), account.generated(), account.createdAt(), account.updatedAt());
    }

    @Override
    public boolean updatePassword(String userId, String passwordHash, boolean generated, Instant at) {
        return sql.update("UPDATE local_accounts SET password_hash = ?, password_generated = ?, updated_at = ?"
                + " WHERE user_id = ?", passwordHash, generated, at, userId) == 1;
    }

    @Override
    public long count() {
        return sql.one("SELECT COUNT(*) FROM local_accounts", row -> row.getLong(1)).orElse(0L);
    }
}
