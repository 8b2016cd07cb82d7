package dev.parley.core.auth;

import dev.parley.core.user.UserRole;

/** The authenticated user on whose behalf a call runs. */
public record Actor(String userId, UserRole role) {
    public boolean isAdmin() {
        return role == UserRole.ADMIN;
    }
}
