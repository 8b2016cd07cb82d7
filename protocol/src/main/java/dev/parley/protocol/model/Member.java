package dev.parley.protocol.model;

import java.time.Instant;

/**
 * A user's membership of a room, with the user's card. {@code hidden}: the member left this
 * direct room, which is out of their room list until its next message.
 */
public record Member(String userId, RoomRole role, long lastReadSeq, Instant joinedAt, UserCard user,
        boolean hidden) {
}
