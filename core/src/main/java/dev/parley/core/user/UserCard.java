package dev.parley.core.user;

/** What other users see of a user next to their messages and memberships; {@code bot} for app role bot. */
public record UserCard(String id, String name, String avatarUrl, boolean bot) {

    public UserCard(String id, String name, String avatarUrl) {
        this(id, name, avatarUrl, false);
    }
}
