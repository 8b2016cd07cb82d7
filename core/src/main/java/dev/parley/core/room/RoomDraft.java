package dev.parley.core.room;

import dev.parley.core.user.JsonText;
import java.util.List;

/** What a client sends to create a group or channel. */
public record RoomDraft(String type, String name, List<String> memberIds, String avatarUrl, String topic, JsonText data) {
}
