package dev.parley.core.moderation;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A member's ban (cannot read, rejoin, be re-added nor post) or mute (reads, cannot post) in
 * one room, until {@code expiresAt} (null: until lifted).
 */
public record Restriction(UUID roomId, String userId, Kind kind, String reason, String createdBy, Instant createdAt,
        Instant expiresAt) {

    public enum Kind {
        BAN, MUTE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean activeAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }
}
