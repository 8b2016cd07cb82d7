package dev.parley.core.auth;

import dev.parley.core.user.UserRole;

/** The authenticated user on whose behalf a call runs. */
public record Actor(String userId, UserRole role) {
    /**
     * Whoever holds the API secret, on admin routes: an app admin that is no user (the id has
     * a character user ids cannot, so it names nobody in the audit log but the secret).
     */
    public static final Actor API_SECRET = new Actor("(api secret)", UserRole.ADMIN);

    public boolean isAdmin() {
        return role == UserRole.ADMIN;
    }
}
