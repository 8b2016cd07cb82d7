package dev.parley.core.user;

import java.time.Instant;

/** A person or bot of the application, known by the application's own id. */
public record User(
        String id,
        String name,
        String avatarUrl,
        UserRole role,
        JsonText data,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {

    public UserCard card() {
        return new UserCard(id, name, avatarUrl, role == UserRole.BOT);
    }
}
