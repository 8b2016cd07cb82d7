package dev.parley.core.testing;

import dev.parley.core.auth.TokenRepository;
import dev.parley.core.testing.Tables.RevokedToken;
import java.time.Instant;

/** {@link TokenRepository} over the in-memory {@code revoked_tokens} table. */
final class InMemoryTokens implements TokenRepository {
    private final Tables tables;

    InMemoryTokens(Tables tables) {
        this.tables = tables;
    }

    /** Idempotent: revoking a revoked token again changes nothing. */
    @Override
    public void revoke(String tokenHash, String userId, Instant expiresAt) {
        if (!tables.revokedTokens.contains(tokenHash)) {
            tables.revokedTokens.insert(tokenHash, new RevokedToken(userId, Micros.of(expiresAt)));
        }
    }

    @Override
    public boolean isRevoked(String tokenHash) {
        return tables.revokedTokens.contains(tokenHash);
    }

    @Override
    public int purgeExpired(Instant now) {
        return tables.revokedTokens.deleteIf(token -> token.expiresAt().isBefore(Micros.of(now)));
    }
}
