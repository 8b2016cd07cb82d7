package dev.parley.server.auth.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.server.config.ParleyConfig;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Verifies a host identity provider's token: its RS256 or ES256 signature against the
 * issuer's published keys (JWKS, cached; fetched again when a token names a key id the cache
 * does not know, which is how a key rotation arrives), then its claims ({@link ClaimRules}).
 */
public final class OidcVerifier {
    /** Keys kept this long before they are fetched again. */
    static final Duration KEY_CACHE = Duration.ofMinutes(10);
    /** At most one fetch of the keys per interval, so forged key ids cannot flood the issuer. */
    static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(15);

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final ClaimRules rules;

    public OidcVerifier(ParleyConfig.Oidc config, Clock clock) {
        this(config, clock, MIN_REFRESH_INTERVAL);
    }

    OidcVerifier(ParleyConfig.Oidc config, Clock clock, Duration minRefreshInterval) {
        JWKSource<SecurityContext> keys;
        try {
            var builder = JWKSourceBuilder.<SecurityContext>create(URI.create(config.jwksUrl()).toURL())
                    .cache(KEY_CACHE.toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                    .refreshAheadCache(false);
            keys = (minRefreshInterval.isZero() ? builder.rateLimited(false)
                    : builder.rateLimited(minRefreshInterval.toMillis())).build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("auth.oidc.jwks-url is not a URL: " + config.jwksUrl(), e);
        }
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), keys));
        // ID tokens say "JWT" (or nothing), OAuth access tokens "at+jwt"
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            // checked by ClaimRules, whose refusals say what is wrong
        });
        this.rules = new ClaimRules(config, clock);
    }

    /** The token's claims once its signature and claims pass; else 401 with the reason. */
    public JWTClaimsSet verify(String token) {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException e) {
            throw ClaimRules.rejected(ErrorCode.UNAUTHENTICATED, "the identity token is not a signed JWT");
        } catch (RateLimitReachedException e) {
            throw unknownKey();
        } catch (KeySourceException e) {
            throw new ParleyException(ErrorCode.UNAVAILABLE, "the identity provider's keys could not be fetched; try again later");
        } catch (BadJOSEException e) {
            throw unknownKey();
        } catch (JOSEException e) {
            throw ClaimRules.rejected(ErrorCode.UNAUTHENTICATED, "the identity token's signature could not be checked");
        }
        rules.check(claims);
        return claims;
    }

    private static ParleyException unknownKey() {
        return ClaimRules.rejected(ErrorCode.UNAUTHENTICATED,
                "the identity token is not signed (RS256 or ES256) by a key the issuer publishes");
    }
}
