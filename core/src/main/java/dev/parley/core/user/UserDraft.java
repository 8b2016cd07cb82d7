package dev.parley.core.user;

/** The writable fields of a user, as the application sends them. */
public record UserDraft(String name, String avatarUrl, String role, JsonText data) {
}
