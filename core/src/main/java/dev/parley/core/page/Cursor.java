package dev.parley.core.page;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Opaque list positions: a few string parts, base64url-encoded. Anything else is {@code invalid_cursor}. */
public final class Cursor {
    private static final char SEPARATOR = '\n';

    private Cursor() {
    }

    public static String encode(String... parts) {
        String joined = String.join(String.valueOf(SEPARATOR), parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor of exactly {@code parts} parts; null stays null. */
    public static List<String> decode(String cursor, int parts) {
        if (cursor == null) {
            return null;
        }
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = List.of(joined.split(String.valueOf(SEPARATOR), -1));
            if (values.size() != parts) {
                throw invalid();
            }
            return values;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** A cursor part that must be a user id. */
    public static String userId(String part) {
        try {
            return dev.parley.core.error.Constraints.checkUserId("cursor", part);
        } catch (ParleyException e) {
            throw invalid();
        }
    }

    public static ParleyException invalid() {
        return new ParleyException(ErrorCode.INVALID_CURSOR, "cursor is not one this server issued");
    }
}
