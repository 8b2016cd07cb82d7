package dev.parley.core.room;

import dev.parley.core.error.ParleyException;
import java.util.Locale;

public enum MemberRole {
    OWNER, MODERATOR, MEMBER;

    public static MemberRole parse(String value) {
        for (MemberRole role : values()) {
            if (role.wireName().equals(value)) {
                return role;
            }
        }
        throw ParleyException.invalid("role must be one of owner, moderator, member");
    }

    public boolean manages() {
        return this == OWNER || this == MODERATOR;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
