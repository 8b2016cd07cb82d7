package dev.parley.core.user;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What user search matches: the start of the id, of the name, or of any word of either,
 * case-insensitively — "kim" finds "Grace Kim" and "grace.kim". A word starts after any
 * character that is not a letter or a digit.
 */
public final class SearchWords {
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    /**
     * The folded words of a user's name and id, each after a space: {@code " grace kim grace kim"}.
     * A store finds a word start as {@code words LIKE '% <query>%'}.
     */
    public static String of(String id, String name) {
        return " " + split(name) + " " + split(id);
    }

    /** Whether the user matches the (already folded) query. */
    public static boolean matches(String foldedQuery, String id, String name) {
        return fold(id).startsWith(foldedQuery) || fold(name).startsWith(foldedQuery)
                || of(id, name).contains(" " + foldedQuery);
    }

    private static String split(String value) {
        return SEPARATORS.matcher(fold(value)).replaceAll(" ").strip();
    }

    private static String fold(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
