package dev.parley.protocol.ws;

import dev.parley.protocol.model.UserCard;

/**
 * {@code user.updated}: a user's name or avatar changed; told to the user's own sessions and to
 * the members of the rooms they are in. Not a room event.
 */
public record UserUpdatedEvent(String type, UserCard user) implements ServerFrame {
    public static final String TYPE = "user.updated";

    public UserUpdatedEvent(UserCard user) {
        this(TYPE, user);
    }
}
