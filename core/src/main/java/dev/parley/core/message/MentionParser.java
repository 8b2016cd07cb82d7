package dev.parley.core.message;

import dev.parley.core.user.UserCard;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the mentions in a message's text: {@code @} at the start of a word, then the user id
 * or the name of a room member, case-insensitively, ending at the end of the text or before a
 * character that cannot continue it (so {@code @ana's} mentions ana, {@code bob@example.com}
 * mentions nobody). When several members match, the longest id or name wins
 * ({@code @Grace Kim} is Grace Kim, not a member named Grace). {@code @all} and {@code @here}
 * mention every member when {@code mayMentionAll}; otherwise they stay plain text.
 */
public final class MentionParser {
    private static final String ALL = "all";
    private static final String HERE = "here";

    private MentionParser() {
    }

    /** Whether the text may mention anyone at all: the cheap test before members are loaded. */
    public static boolean mayMention(String text) {
        return text.indexOf('@') >= 0;
    }

    public static Mentions parse(String text, Collection<UserCard> members, boolean mayMentionAll) {
        if (!mayMention(text)) {
            return Mentions.NONE;
        }
        String folded = text.toLowerCase(Locale.ROOT);
        Set<String> mentioned = new LinkedHashSet<>();
        boolean all = false;
        for (int at = folded.indexOf('@'); at >= 0; at = folded.indexOf('@', at + 1)) {
            if (at > 0 && continuesWord(folded.charAt(at - 1))) {
                continue;
            }
            int start = at + 1;
            if (mayMentionAll && (endsAt(folded, start, ALL) || endsAt(folded, start, HERE))) {
                all = true;
                continue;
            }
            String member = longestMatch(folded, start, members);
            if (member != null) {
                mentioned.add(member);
            }
        }
        return new Mentions(new ArrayList<>(mentioned), all);
    }

    private static String longestMatch(String folded, int start, Collection<UserCard> members) {
        String best = null;
        int bestLength = 0;
        for (UserCard member : members) {
            for (String candidate : new String[] {member.id(), member.name()}) {
                if (candidate == null || candidate.length() <= bestLength) {
                    continue;
                }
                if (endsAt(folded, start, candidate.toLowerCase(Locale.ROOT))) {
                    best = member.id();
                    bestLength = candidate.length();
                }
            }
        }
        return best;
    }

    /** Whether {@code word} is at {@code start} and nothing that continues a name or id follows it. */
    private static boolean endsAt(String folded, int start, String word) {
        if (word.isEmpty() || !folded.startsWith(word, start)) {
            return false;
        }
        int end = start + word.length();
        return end == folded.length() || !continuesWord(folded.charAt(end));
    }

    /** Letters, digits and the characters of user ids other than the dot (a sentence may end with one). */
    private static boolean continuesWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '@' || c == '|' || c == ':' || c == '-';
    }
}
