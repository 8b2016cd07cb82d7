package dev.parley.protocol.rest;

import dev.parley.protocol.model.RawJson;

/** {@code PUT /v1/users/{userId}}: the user's writable fields. */
public record PutUserRequest(String name, String avatarUrl, String role, RawJson data) {
}
