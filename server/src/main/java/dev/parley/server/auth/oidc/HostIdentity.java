package dev.parley.server.auth.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.core.error.ErrorCode;
import dev.parley.server.config.ParleyConfig;
import java.text.ParseException;
import java.time.Clock;
import java.util.Map;

/**
 * Who a host identity provider's token names: the user id from a claim (dot path, e.g.
 * {@code sub} or {@code user.id}) with the configured prefix removed ({@code auth0-}), and the
 * name and avatar to provision them with.
 */
public final class HostIdentity {
    /** The person a verified token names. */
    public record Person(String id, String name, String avatarUrl) {
    }

    private static final int MAX_NAME = 100;

    private final ParleyConfig.Oidc config;
    private final OidcVerifier verifier;

    public HostIdentity(ParleyConfig.Oidc config, Clock clock) {
        this(config, new OidcVerifier(config, clock));
    }

    HostIdentity(ParleyConfig.Oidc config, OidcVerifier verifier) {
        this.config = config;
        this.verifier = verifier;
    }

    /**
     * Whether this token is the identity provider's rather than Parley's own: a JWT signed
     * with a public-key algorithm (Parley signs its user tokens with a shared secret).
     */
    public static boolean looksLikeProviderToken(String token) {
        try {
            return JWTParser.parse(token) instanceof SignedJWT signed
                    && !JWSAlgorithm.Family.HMAC_SHA.contains(signed.getHeader().getAlgorithm());
        } catch (ParseException e) {
            return false;
        }
    }

    /** Verifies the token (401 with the reason when it fails) and reads who it names. */
    public Person identify(String token) {
        JWTClaimsSet claims = verifier.verify(token);
        String raw = text(claims.getClaims(), config.userClaim());
        if (raw == null) {
            throw ClaimRules.rejected(ErrorCode.UNAUTHENTICATED, "the identity token has no user id at " + config.userClaim());
        }
        String id = !config.stripPrefix().isEmpty() && raw.startsWith(config.stripPrefix())
                ? raw.substring(config.stripPrefix().length()) : raw;
        if (id.isEmpty()) {
            throw ClaimRules.rejected(ErrorCode.UNAUTHENTICATED, "the identity token's user id is only the prefix " + config.stripPrefix());
        }
        String name = text(claims.getClaims(), config.nameClaim());
        String avatar = text(claims.getClaims(), config.avatarClaim());
        boolean usableAvatar = avatar != null && (avatar.startsWith("https://") || avatar.startsWith("http://"))
                && avatar.length() <= 2048 && avatar.chars().noneMatch(Character::isWhitespace);
        String shownName = name == null ? id : name.substring(0, Math.min(name.length(), MAX_NAME));
        return new Person(id, shownName, usableAvatar ? avatar : null);
    }

    /** The string (or number) at a dot-notation path of the claims, or null. */
    static String text(Map<String, Object> claims, String path) {
        Object node = claims;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(part);
        }
        if (!(node instanceof String || node instanceof Number)) {
            return null;
        }
        String value = node.toString().trim();
        return value.isEmpty() ? null : value;
    }
}
