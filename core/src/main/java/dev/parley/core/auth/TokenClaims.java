package dev.parley.core.auth;

/**
 * The claims of a user token: subject, issued-at and expiry in epoch seconds, optional
 * not-before, and a unique token id ({@code jti}) so that two tokens are never the same
 * string (logging out one must not log out the other).
 */
public record TokenClaims(String subject, Long issuedAt, long expiresAt, Long notBefore, String tokenId) {
}
