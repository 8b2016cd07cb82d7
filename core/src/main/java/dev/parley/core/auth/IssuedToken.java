package dev.parley.core.auth;

import java.time.Instant;

public record IssuedToken(String token, Instant expiresAt) {
}
