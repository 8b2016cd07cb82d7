package dev.parley.core.appban;

import java.time.Instant;

/** A user banned from the whole app by an admin, until {@code expiresAt} (null: until lifted). */
public record AppBan(String userId, String reason, String createdBy, Instant createdAt, Instant expiresAt) {

    public boolean activeAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }
}
