package dev.parley.protocol.rest;

import java.time.Instant;

/**
 * {@code GET /v1/admin/api-key} and the answer to a rotation: the public API key, the version of
 * the secret in force and when it was made, and until when the secret it replaced is still
 * accepted (absent: none is). {@code secret} is only in the answer to the rotation that made
 * it, and never shown again.
 */
public record ApiKeyState(String apiKey, long secretVersion, Instant secretCreatedAt,
        Instant previousSecretValidUntil, String secret) {
}
