package dev.parley.protocol.rest;

import java.time.Instant;

/** A local account's sign-in: its user token. */
public record Session(String token, Instant expiresAt, String userId) {
}
