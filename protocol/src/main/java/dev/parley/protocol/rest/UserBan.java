package dev.parley.protocol.rest;

import java.time.Instant;

/** A user's ban from the whole app; {@code expiresAt} absent: until lifted. */
public record UserBan(String userId, String reason, String createdBy, Instant createdAt, Instant expiresAt) {
}
