package dev.parley.protocol.model;

import java.time.Instant;

/** A user's membership of a room; {@code user} is omitted in WebSocket events. */
public record Member(String userId, RoomRole role, long lastReadSeq, Instant joinedAt, UserCard user) {
}
