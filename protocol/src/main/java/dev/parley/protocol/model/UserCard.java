package dev.parley.protocol.model;

/** What other users see of a user next to their messages and memberships. */
public record UserCard(String id, String name, String avatarUrl) {
}
