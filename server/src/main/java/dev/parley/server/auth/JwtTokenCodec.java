package dev.parley.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.core.auth.TokenClaims;
import dev.parley.core.auth.TokenCodec;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Date;

/**
 * User tokens as HS256 JWTs signed with the app's API secret; {@code sub} and {@code exp} are
 * required. New tokens are signed with the current secret; tokens signed with the one a rotation
 * replaced are accepted until its overlap window ends, then refused as expired.
 */
public final class JwtTokenCodec implements TokenCodec {
    private static final int MAX_TOKEN_LENGTH = 8192;
    private final ApiSecrets secrets;

    public JwtTokenCodec(ApiSecrets secrets) {
        this.secrets = secrets;
        signer(secrets.signing());
    }

    /** A codec over one secret that never rotates (tools and tests). */
    public JwtTokenCodec(String secret) {
        this(ApiSecrets.fixed(secret));
    }

    @Override
    public String encode(TokenClaims claims) {
        var builder = new JWTClaimsSet.Builder()
                .subject(claims.subject())
                .expirationTime(new Date(claims.expiresAt() * 1000));
        if (claims.tokenId() != null) {
            builder.jwtID(claims.tokenId());
        }
        if (claims.issuedAt() != null) {
            builder.issueTime(new Date(claims.issuedAt() * 1000));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.build());
        try {
            jwt.sign(signer(secrets.signing()));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing a token failed", e);
        }
        return jwt.serialize();
    }

    @Override
    public TokenClaims decode(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw invalid("malformed token");
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
                throw invalid("tokens must be signed with HS256");
            }
            if (!secrets.anyVerifies(secret -> verifies(jwt, secret))) {
                secrets.retiredFor(secret -> verifies(jwt, secret)).ifPresent(until -> {
                    throw new ParleyException(ErrorCode.TOKEN_EXPIRED, "the token was signed with an API secret"
                            + " replaced by a rotation, not accepted since " + until + "; get a new token");
                });
                throw invalid("bad token signature");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (claims.getSubject() == null || claims.getSubject().isEmpty() || claims.getExpirationTime() == null) {
                throw invalid("tokens must carry sub and exp");
            }
            return new TokenClaims(claims.getSubject(), seconds(claims.getIssueTime()),
                    claims.getExpirationTime().getTime() / 1000, seconds(claims.getNotBeforeTime()), claims.getJWTID());
        } catch (ParseException | IllegalStateException e) {
            throw invalid("malformed token");
        }
    }

    private static MACSigner signer(String secret) {
        try {
            return new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the API secret cannot sign HS256 tokens: " + e.getMessage(), e);
        }
    }

    private static boolean verifies(SignedJWT jwt, String secret) {
        try {
            JWSVerifier verifier = new MACVerifier(secret.getBytes(StandardCharsets.UTF_8));
            return jwt.verify(verifier);
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }

    private static Long seconds(Date date) {
        return date == null ? null : date.getTime() / 1000;
    }

    private static ParleyException invalid(String detail) {
        return new ParleyException(ErrorCode.UNAUTHENTICATED, detail);
    }
}
