package dev.parley.core.auth;

import java.time.Instant;

/** A verified user token: who it is for, its hash (for revocation) and when it expires. */
public record Credential(Actor actor, String tokenHash, long issuedAt, Instant expiresAt) {
}
