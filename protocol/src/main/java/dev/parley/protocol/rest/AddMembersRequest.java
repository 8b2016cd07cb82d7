package dev.parley.protocol.rest;

import java.util.List;

/** {@code POST /v1/rooms/{roomId}/members}. */
public record AddMembersRequest(List<String> userIds) {
}
