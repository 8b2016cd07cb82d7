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

/** User tokens as HS256 JWTs signed with the app's API secret; {@code sub} and {@code exp} are required. */
public final class JwtTokenCodec implements TokenCodec {
    private static final int MAX_TOKEN_LENGTH = 8192;
    private final MACSigner signer;
    private final JWSVerifier verifier;

    public JwtTokenCodec(String secret) {
        try {
            byte[] key = secret.getBytes(StandardCharsets.UTF_8);
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the API secret cannot sign HS256 tokens: " + e.getMessage(), e);
        }
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
            jwt.sign(signer);
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
            if (!jwt.verify(verifier)) {
                throw invalid("bad token signature");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (claims.getSubject() == null || claims.getSubject().isEmpty() || claims.getExpirationTime() == null) {
                throw invalid("tokens must carry sub and exp");
            }
            return new TokenClaims(claims.getSubject(), seconds(claims.getIssueTime()),
                    claims.getExpirationTime().getTime() / 1000, seconds(claims.getNotBeforeTime()), claims.getJWTID());
        } catch (ParseException | JOSEException | IllegalStateException e) {
            throw invalid("malformed token");
        }
    }

    private static Long seconds(Date date) {
        return date == null ? null : date.getTime() / 1000;
    }

    private static ParleyException invalid(String detail) {
        return new ParleyException(ErrorCode.UNAUTHENTICATED, detail);
    }
}
