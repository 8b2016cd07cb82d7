package dev.parley.core.user;

import java.util.Locale;

/**
 * Whom users can find in the user directory ({@code GET /v1/users} with a user token): everyone,
 * only people they share a room with, or nobody (the server API is not affected).
 */
public enum DirectoryVisibility {
    ALL("all"), SHARED_ROOMS("shared-rooms"), NONE("none");

    private final String configName;

    DirectoryVisibility(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** The value of a {@code users.directory} setting; null when it is none of them. */
    public static DirectoryVisibility parse(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (DirectoryVisibility visibility : values()) {
            if (visibility.configName.equals(wanted)) {
                return visibility;
            }
        }
        return null;
    }
}
