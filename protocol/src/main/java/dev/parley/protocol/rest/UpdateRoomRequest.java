package dev.parley.protocol.rest;

import dev.parley.protocol.model.RawJson;

/**
 * {@code PATCH /v1/rooms/{roomId}}: absent or null fields are left as they are; {@code frozen}
 * freezes the room (only its moderators post) or thaws it.
 */
public record UpdateRoomRequest(String name, String avatarUrl, String topic, RawJson data, Boolean frozen) {
}
