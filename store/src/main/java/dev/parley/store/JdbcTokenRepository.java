package dev.parley.store;

import dev.parley.store.jdbc.Sql;
import dev.parley.core.auth.TokenRepository;
import java.time.Instant;

/** {@link TokenRepository} over {@code revoked_tokens}, bound to one connection. */
final class JdbcTokenRepository implements TokenRepository {
    private final Sql sql;

    JdbcTokenRepository(Sql sql) {
        this.sql = sql;
    }

    /** Idempotent: revoking a revoked token again changes nothing. */
    @Override
    public void revoke(String tokenHash, String userId, Instant expiresAt) {
        sql.update("INSERT INTO revoked_tokens (token_hash, user_id, expires_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                tokenHash, userId, expiresAt);
    }

    @Override
    public boolean isRevoked(String tokenHash) {
        return sql.one("SELECT 1 FROM revoked_tokens WHERE token_hash = ?", row -> true, tokenHash).isPresent();
    }

    /** Forgets revocations of tokens that have expired anyway; returns how many. */
    @Override
    public int purgeExpired(Instant now) {
        return sql.update("DELETE FROM revoked_tokens WHERE expires_at < ?", now);
    }
}
