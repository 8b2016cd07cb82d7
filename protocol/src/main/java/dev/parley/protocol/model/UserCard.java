package dev.parley.protocol.model;

/**
 * What other users see of a user next to their messages and memberships; {@code bot} is true
 * for users with app role bot and omitted otherwise.
 */
public record UserCard(String id, String name, String avatarUrl, Boolean bot) {

    public UserCard(String id, String name, String avatarUrl) {
        this(id, name, avatarUrl, null);
    }
}
