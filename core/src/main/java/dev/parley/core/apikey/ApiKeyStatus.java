package dev.parley.core.apikey;

import java.time.Instant;

/**
 * What an admin may see of the app's credentials (never a secret): the public API key, the
 * secret's version and when it was made, and until when the one it replaced is still accepted
 * (null: none is). {@code newSecret} is set only in the answer to the rotation that made it.
 */
public record ApiKeyStatus(String apiKey, long version, Instant secretCreatedAt, Instant previousSecretValidUntil,
        String newSecret) {
}
