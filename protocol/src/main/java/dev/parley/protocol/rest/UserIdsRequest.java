package dev.parley.protocol.rest;

import java.util.List;

/** {@code PUT /v1/rooms/{roomId}/members}: the complete member list. */
public record UserIdsRequest(List<String> userIds) {
}
