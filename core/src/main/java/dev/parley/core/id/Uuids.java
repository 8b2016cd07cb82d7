package dev.parley.core.id;

import dev.parley.core.error.ParleyException;
import java.util.UUID;
import java.util.regex.Pattern;

/** Parses the UUID ids of rooms and messages as clients send them. */
public final class Uuids {
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {
    }

    public static UUID parse(String field, String value) {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw ParleyException.invalid(field + " must be a UUID");
        }
        return UUID.fromString(value);
    }

    public static UUID parseOptional(String field, String value) {
        return value == null ? null : parse(field, value);
    }
}
