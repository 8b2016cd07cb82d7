package dev.parley.core.room;

import dev.parley.core.user.JsonText;
import java.time.Instant;
import java.util.UUID;

/** A conversation. {@code lastSeq} is the seq of its newest message (0 when empty). */
public record Room(
        UUID id,
        RoomType type,
        String name,
        String topic,
        String avatarUrl,
        JsonText data,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long lastSeq,
        Instant lastActivityAt,
        int memberCount) {

    public boolean isDirect() {
        return type == RoomType.DIRECT;
    }
}
