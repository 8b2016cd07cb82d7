package dev.parley.core.user;

import dev.parley.core.error.ParleyException;
import java.util.Locale;

/** A user's role in the whole app; what each may do is in the grants document. */
public enum UserRole {
    USER, ADMIN, BOT,
    /** Reads and posts where invited; no directory, no room creation (by the default grants). */
    GUEST;

    public static UserRole parse(String value) {
        if (value == null) {
            return USER;
        }
        UserRole role = named(value);
        if (role == null) {
            throw ParleyException.invalid("role must be one of user, admin, bot, guest");
        }
        return role;
    }

    /** The role of a wire name, or null. */
    public static UserRole named(String value) {
        for (UserRole role : values()) {
            if (role.wireName().equals(value)) {
                return role;
            }
        }
        return null;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
