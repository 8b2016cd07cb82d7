package dev.parley.server.auth.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.server.config.ParleyConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The checks on a verified token's claims, each failing with a detail in plain words: the
 * issuer ({@code iss}) is the configured one, the audience ({@code aud}) names this server,
 * the token has an expiry ({@code exp}) not past, and is not used before its {@code nbf} —
 * both with the configured clock skew.
 */
final class ClaimRules {
    private final String issuer;
    private final String audience;
    private final Duration skew;
    private final Clock clock;

    ClaimRules(ParleyConfig.Oidc config, Clock clock) {
        this.issuer = config.issuer();
        this.audience = config.audience();
        this.skew = Duration.ofSeconds(config.clockSkewSeconds());
        this.clock = clock;
    }

    void check(JWTClaimsSet claims) {
        if (!issuer.equals(claims.getIssuer())) {
            throw rejected(ErrorCode.UNAUTHENTICATED, "the identity token was not issued by " + issuer);
        }
        List<String> audiences = claims.getAudience();
        if (audiences == null || !audiences.contains(audience)) {
            throw rejected(ErrorCode.UNAUTHENTICATED, "the identity token is not meant for this server (its audience does not include "
                    + audience + ")");
        }
        Instant now = clock.instant();
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            throw rejected(ErrorCode.UNAUTHENTICATED, "the identity token has no expiry time (exp)");
        }
        if (expiry.toInstant().plus(skew).isBefore(now)) {
            throw rejected(ErrorCode.TOKEN_EXPIRED, "the identity token expired at " + expiry.toInstant());
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().minus(skew).isAfter(now)) {
            throw rejected(ErrorCode.UNAUTHENTICATED, "the identity token is not valid before " + notBefore.toInstant());
        }
    }

    static ParleyException rejected(ErrorCode code, String detail) {
        return new ParleyException(code, detail);
    }
}
