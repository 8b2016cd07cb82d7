package dev.parley.protocol.rest;

import dev.parley.protocol.model.RawJson;
import java.util.List;

/** {@code POST /v1/rooms}. */
public record CreateRoomRequest(String type, String name, List<String> memberIds, String avatarUrl, String topic,
        RawJson data) {
}
