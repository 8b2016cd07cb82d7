package dev.parley.core.auth;

/** The claims of a user token: subject, issued-at and expiry in epoch seconds, optional not-before. */
public record TokenClaims(String subject, Long issuedAt, long expiresAt, Long notBefore) {
}
