package dev.parley.core.auth;

import java.time.Instant;

/** Revoked tokens, by hash, kept until they would have expired anyway. */
public interface TokenRepository {
    void revoke(String tokenHash, String userId, Instant expiresAt);

    boolean isRevoked(String tokenHash);

    int purgeExpired(Instant now);
}
