package dev.parley.protocol.model;

import java.time.Instant;

/** A person or bot of the application, known by the application's own id. */
public record User(String id, String name, String avatarUrl, AppRole role, RawJson data, boolean active,
        Instant createdAt, Instant updatedAt) {
}
