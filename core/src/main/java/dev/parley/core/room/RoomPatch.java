package dev.parley.core.room;

import dev.parley.core.user.JsonText;

/** A partial update of a room; null fields are left as they are. */
public record RoomPatch(String name, String avatarUrl, String topic, JsonText data) {
}
