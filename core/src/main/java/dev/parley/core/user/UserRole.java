package dev.parley.core.user;

import dev.parley.core.error.ParleyException;
import java.util.Locale;

public enum UserRole {
    USER, ADMIN, BOT;

    public static UserRole parse(String value) {
        if (value == null) {
            return USER;
        }
        for (UserRole role : values()) {
            if (role.wireName().equals(value)) {
                return role;
            }
        }
        throw ParleyException.invalid("role must be one of user, admin, bot");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
