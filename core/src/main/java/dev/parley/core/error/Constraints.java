package dev.parley.core.error;

import java.util.regex.Pattern;

/** Input checks shared by every service; each failure is a 400 that names the field. */
public final class Constraints {
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@|:-]{1,128}");

    private Constraints() {
    }

    public static String checkUserId(String field, String value) {
        if (value == null || !USER_ID.matcher(value).matches()) {
            throw ParleyException.invalid(field + " must be 1-128 characters of [A-Za-z0-9._@|:-]");
        }
        if (value.equals(".") || value.equals("..")) {
            throw ParleyException.invalid(field + " must not be '.' or '..' (they are path segments)");
        }
        return value;
    }

    /** Required text of {@code min..max} characters (code points) without control characters. */
    public static String checkText(String field, String value, int min, int max) {
        if (value == null) {
            if (min > 0) {
                throw ParleyException.invalid(field + " is required");
            }
            return null;
        }
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw ParleyException.invalid(field + " must be " + min + "-" + max + " characters (got " + length + ")");
        }
        checkNoControlCharacters(field, value);
        return value;
    }

    /** Optional text: null passes, otherwise as {@link #checkText} with a minimum of 0. */
    public static String checkOptionalText(String field, String value, int max) {
        return value == null ? null : checkText(field, value, 0, max);
    }

    public static void checkNoControlCharacters(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
                throw ParleyException.invalid(field + " must not contain control characters");
            }
        }
    }

    public static void checkUrl(String field, String value) {
        if (value == null) {
            return;
        }
        checkText(field, value, 1, 2048);
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        boolean absolutePath = value.startsWith("/") && !value.startsWith("//");
        if (!(lower.startsWith("https://") || lower.startsWith("http://") || absolutePath)
                || value.chars().anyMatch(Character::isWhitespace)) {
            throw ParleyException.invalid(field + " must be an http(s) URL or an absolute path");
        }
    }

    public static long checkNonNegative(String field, long value) {
        if (value < 0) {
            throw ParleyException.invalid(field + " must not be negative");
        }
        return value;
    }
}
