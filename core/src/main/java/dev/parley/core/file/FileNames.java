package dev.parley.core.file;

import dev.parley.core.error.ParleyException;

/**
 * The name an upload is kept and served under: the last part of what the client sent (a
 * browser may send a whole path), refused when it tries to climb directories or hides its
 * real extension with control or bidirectional-override characters.
 */
public final class FileNames {
    public static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    public static String clean(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            return "file";
        }
        for (int i = 0; i < submitted.length(); i++) {
            char c = submitted.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                throw ParleyException.invalid("the file name contains a control character (such as NUL or a line break)");
            }
            if (isDirectionControl(c)) {
                throw ParleyException.invalid(
                        "the file name contains a right-to-left or other direction control character, which can disguise its type");
            }
        }
        for (String segment : submitted.split("[/\\\\]")) {
            if (segment.equals("..")) {
                throw ParleyException.invalid("the file name must not contain a '..' path segment");
            }
        }
        String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1).strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            return "file";
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw ParleyException.invalid("the file name is longer than " + MAX_LENGTH + " characters");
        }
        return name;
    }

    /** Explicit direction marks, embeddings, overrides and isolates (U+200E/F, U+202A–E, U+2066–9, U+061C). */
    private static boolean isDirectionControl(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** The extension, lower case, without the dot; empty when there is none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
