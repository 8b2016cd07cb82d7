package dev.parley.core.account;

import java.time.Instant;

/**
 * A user's password for signing in without an app backend (standalone use). {@code generated}
 * is true while the password is the one Parley generated (shown at startup until changed).
 */
public record LocalAccount(String userId, String passwordHash, boolean generated, Instant createdAt, Instant updatedAt) {
}
