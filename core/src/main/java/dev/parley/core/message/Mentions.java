package dev.parley.core.message;

import java.util.List;

/**
 * Whom a message mentions: members by user id (in the order they first appear in the text)
 * and, with {@code all}, every member ({@code @all} / {@code @here}).
 */
public record Mentions(List<String> userIds, boolean all) {
    public static final Mentions NONE = new Mentions(List.of(), false);

    public Mentions {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
    }

    public boolean isEmpty() {
        return userIds.isEmpty() && !all;
    }

    /** Whether {@code userId} is mentioned, by name or by {@code @all}. */
    public boolean includes(String userId) {
        return all || userIds.contains(userId);
    }
}
