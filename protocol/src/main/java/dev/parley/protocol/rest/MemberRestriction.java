package dev.parley.protocol.rest;

import java.time.Instant;
import java.util.UUID;

/** A ban or mute in a room: {@code kind} {@code ban} or {@code mute}; {@code expiresAt} absent: until lifted. */
public record MemberRestriction(UUID roomId, String userId, String kind, String reason, String createdBy,
        Instant createdAt, Instant expiresAt) {
}
