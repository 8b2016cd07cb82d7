package dev.parley.store;

import dev.parley.core.apikey.ApiSecret;
import dev.parley.core.apikey.ApiSecretRepository;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import java.util.Optional;

/** {@link ApiSecretRepository} over {@code api_secrets} (one row, id 1), bound to one connection. */
final class JdbcApiSecretRepository implements ApiSecretRepository {
    private static final int ID = 1;

    private final Sql sql;

    JdbcApiSecretRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<ApiSecret> find() {
        return sql.one("SELECT version, secret, created_at, previous_secret, previous_valid_until"
                + " FROM api_secrets WHERE id = ?", row -> new ApiSecret(row.getLong("version"),
                row.getString("secret"), SqlValues.instant(row, "created_at"), row.getString("previous_secret"),
                SqlValues.instant(row, "previous_valid_until")), ID);
    }

    @Override
    public void create(ApiSecret secret) {
        sql.update("INSERT INTO api_secrets (id, version, secret, created_at, previous_secret, previous_valid_until)"
                + " VALUES (?, ?, ?, ?, ?, ?)", ID, secret.version(), secret.secret(), secret.createdAt(),
                secret.previousSecret(), secret.previousValidUntil());
    }

    @Override
    public boolean replace(long expectedVersion, ApiSecret next) {
        return sql.update("UPDATE api_secrets SET version = ?, secret = ?, created_at = ?, previous_secret = ?,"
                + " previous_valid_until = ? WHERE id = ? AND version = ?", next.version(), next.secret(),
                next.createdAt(), next.previousSecret(), next.previousValidUntil(), ID, expectedVersion) == 1;
    }
}
