package dev.parley.protocol.rest;

import dev.parley.protocol.model.RawJson;

/**
 * {@code PATCH /v1/rooms/{roomId}}: absent or null fields are left as they are; {@code frozen}
 * freezes the room (only its moderators post) or thaws it; {@code slowModeSeconds} paces its
 * members (one post per that many seconds; 0 turns slow mode off).
 */
public record UpdateRoomRequest(String name, String avatarUrl, String topic, RawJson data, Boolean frozen,
        Integer slowModeSeconds) {
}
