package dev.parley.core.room;

import java.util.Locale;

/** The case-folded form of room names and search prefixes, for case-insensitive lookups. */
public final class RoomNames {
    private RoomNames() {
    }

    public static String fold(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
