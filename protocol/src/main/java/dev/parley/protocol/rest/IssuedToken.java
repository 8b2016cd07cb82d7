package dev.parley.protocol.rest;

import java.time.Instant;

/** A user token issued with the API secret. */
public record IssuedToken(String token, Instant expiresAt) {
}
