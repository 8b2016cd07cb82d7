package dev.parley.core.auth;

import dev.parley.core.error.Constraints;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.store.Transactor;
import dev.parley.core.user.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * User tokens: issuing, verifying (signature, expiry with a small clock skew, revocation,
 * deactivated users), logout and logout-everywhere.
 */
public final class AuthService {
    /** Tolerated difference between our clock and the clock of whoever minted a token. */
    public static final long CLOCK_SKEW_SECONDS = 60;
    public static final long MIN_TTL_SECONDS = 60;
    public static final long MAX_TTL_SECONDS = 2_592_000;
    public static final long DEFAULT_TTL_SECONDS = 86_400;

    private final Transactor store;
    private final TokenCodec codec;
    private final Clock clock;

    private final CredentialCache verified = new CredentialCache(System::nanoTime);

    public AuthService(Transactor store, TokenCodec codec, Clock clock) {
        this.store = store;
        this.codec = codec;
        this.clock = clock;
    }

    /**
     * Hears every event of the cluster (subscribe it to the bus): a revocation or deactivation
     * anywhere drops the verified credentials it makes invalid.
     */
    public void onEvent(Event event) {
        verified.onEvent(event);
    }

    public IssuedToken issue(String userId, Long ttlSeconds) {
        Constraints.checkUserId("userId", userId);
        long ttl = ttlSeconds == null ? DEFAULT_TTL_SECONDS : ttlSeconds;
        if (ttl < MIN_TTL_SECONDS || ttl > MAX_TTL_SECONDS) {
            throw ParleyException.invalid("ttlSeconds must be between " + MIN_TTL_SECONDS + " and " + MAX_TTL_SECONDS);
        }
        return store.read(repos -> {
            User user = repos.users().find(userId)
                    .orElseThrow(() -> new ParleyException(ErrorCode.USER_NOT_FOUND, "no user " + userId));
            if (!user.active()) {
                throw new ParleyException(ErrorCode.USER_INACTIVE, "user " + userId + " is deactivated");
            }
            // A token issued in the second of a logout-everywhere must outlive it: never date it before.
            long issuedAt = Math.max(clock.instant().getEpochSecond(), repos.users().tokensValidFrom(userId));
            long expiresAt = issuedAt + ttl;
            var claims = new TokenClaims(userId, issuedAt, expiresAt, null, UUID.randomUUID().toString());
            String token = codec.encode(claims);
            return new IssuedToken(token, Instant.ofEpochSecond(expiresAt));
        });
    }

    public Credential authenticate(String token) {
        if (token == null || token.isEmpty()) {
            throw new ParleyException(ErrorCode.UNAUTHENTICATED, "malformed token");
        }
        String hash = hash(token);
        long now = clock.instant().getEpochSecond();
        Credential cached = verified.get(hash, now);
        if (cached != null) {
            return cached;
        }
        long epoch = verified.epoch();
        Credential credential = verify(token, hash, now);
        verified.put(credential, epoch);
        return credential;
    }

    private Credential verify(String token, String hash, long now) {
        TokenClaims claims = codec.decode(token);
        if (now > claims.expiresAt() + CLOCK_SKEW_SECONDS) {
            throw new ParleyException(ErrorCode.TOKEN_EXPIRED, "the token expired at "
                    + Instant.ofEpochSecond(claims.expiresAt()));
        }
        if (claims.notBefore() != null && now < claims.notBefore() - CLOCK_SKEW_SECONDS) {
            throw new ParleyException(ErrorCode.UNAUTHENTICATED, "the token is not valid yet");
        }
        return store.read(repos -> {
            User user = repos.users().find(claims.subject())
                    .orElseThrow(() -> new ParleyException(ErrorCode.UNAUTHENTICATED, "unknown token subject"));
            if (!user.active()) {
                throw new ParleyException(ErrorCode.USER_DEACTIVATED, "user " + user.id() + " is deactivated");
            }
            dev.parley.core.appban.AppBanService.checkNotBanned(repos.appBans().find(user.id()),
                    Instant.ofEpochSecond(now));
            long validFrom = repos.users().tokensValidFrom(user.id());
            long issuedAt = claims.issuedAt() == null ? 0 : claims.issuedAt();
            if (issuedAt < validFrom || repos.tokens().isRevoked(hash)) {
                throw new ParleyException(ErrorCode.TOKEN_REVOKED, "the token was revoked");
            }
            return new Credential(new Actor(user.id(), user.role()), hash, issuedAt,
                    Instant.ofEpochSecond(claims.expiresAt()));
        });
    }

    /** Revokes the one token of this credential (logout). */
    public void logout(Credential credential) {
        store.write(repos -> {
            repos.tokens().revoke(credential.tokenHash(), credential.actor().userId(),
                    credential.expiresAt().plusSeconds(CLOCK_SKEW_SECONDS));
            repos.record(new Event.TokenRevoked(credential.actor().userId(), credential.tokenHash()));
            return null;
        });
    }

    /**
     * Revokes every token of the user issued up to now (logout everywhere). Tokens are dated
     * in whole seconds, so the cut-off is the next second: a token issued in this second is
     * revoked too, and {@link #issue} dates new tokens at the cut-off.
     */
    public void revokeAll(String userId) {
        Constraints.checkUserId("userId", userId);
        long validFrom = clock.instant().getEpochSecond() + 1;
        store.write(repos -> {
            repos.users().find(userId)
                    .orElseThrow(() -> new ParleyException(ErrorCode.USER_NOT_FOUND, "no user " + userId));
            repos.users().setTokensValidFrom(userId, validFrom);
            repos.record(new Event.TokensRevoked(userId, validFrom));
            return null;
        });
    }

    public int purgeExpiredRevocations() {
        return store.write(repos -> repos.tokens().purgeExpired(clock.instant()));
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
