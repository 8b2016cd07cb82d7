package dev.parley.protocol.rest;

/** {@code PATCH /v1/rooms/{roomId}/members/{userId}}. */
public record SetRoleRequest(String role) {
}
