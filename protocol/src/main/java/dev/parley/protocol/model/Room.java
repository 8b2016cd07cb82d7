package dev.parley.protocol.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A room. In REST answers, as the calling user sees it ({@code role}, {@code lastReadSeq},
 * {@code unreadCount}, {@code lastMessage}, {@code peer}, {@code mentionCount}, {@code muted}); in
 * {@code room.created} and {@code room.updated} events without those per-user fields (null, so omitted).
 */
public record Room(UUID id, RoomType type, String name, String topic, String avatarUrl, RawJson data,
        String createdBy, Instant createdAt, Instant updatedAt, long lastSeq, Instant lastActivityAt,
        int memberCount, RoomRole role, Long lastReadSeq, Long unreadCount, Message lastMessage, UserCard peer,
        Long mentionCount, Boolean muted) {
}
