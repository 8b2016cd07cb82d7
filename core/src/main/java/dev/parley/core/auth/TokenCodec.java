package dev.parley.core.auth;

/**
 * Signs and verifies user tokens. {@link #decode} checks the format and the signature only
 * (and throws {@code unauthenticated}); the time and revocation rules live in
 * {@link AuthService}.
 */
public interface TokenCodec {
    String encode(TokenClaims claims);

    TokenClaims decode(String token);
}
