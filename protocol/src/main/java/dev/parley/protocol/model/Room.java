package dev.parley.protocol.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A room. In REST answers, as the calling user sees it ({@code role}, {@code lastReadSeq},
 * {@code unreadCount}, {@code lastMessage}, {@code peer}, {@code mentionCount}, {@code muted},
 * and {@code ownCapabilities}: the grants the caller holds in it, e.g. {@code send-message}); in
 * {@code room.created} and {@code room.updated} events without those per-user fields (null, so
 * omitted). {@code lastSeq} and {@code lastChange} are the room's position: the seq of its newest
 * message and the number of its newest other change (WebSocket {@code sync}). Moderation:
 * {@code frozen} is true while the room is frozen (absent otherwise); {@code mutedByModerator}
 * is true while a moderator's mute of the caller stands (REST only, absent otherwise), until
 * {@code mutedByModeratorUntil} (absent: until lifted).
 * {@code slowModeSeconds}: present when the room is in slow mode (a member posts once per that
 * many seconds).
 */
public record Room(UUID id, RoomType type, String name, String topic, String avatarUrl, RawJson data,
        String createdBy, Instant createdAt, Instant updatedAt, long lastSeq, Instant lastActivityAt,
        int memberCount, RoomRole role, Long lastReadSeq, Long unreadCount, Message lastMessage, UserCard peer,
        long lastChange, List<String> ownCapabilities, Long mentionCount, Boolean muted, Boolean frozen,
        Boolean mutedByModerator, Instant mutedByModeratorUntil, Integer slowModeSeconds) {
}
