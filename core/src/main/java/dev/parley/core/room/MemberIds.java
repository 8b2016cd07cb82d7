package dev.parley.core.room;

import dev.parley.core.error.Constraints;
import dev.parley.core.error.ParleyException;
import dev.parley.core.store.Repositories;
import dev.parley.core.user.User;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Lists of user ids sent by clients: at most 1,000, valid, de-duplicated, of active users. */
final class MemberIds {
    static final int MAX = 1000;

    private MemberIds() {
    }

    /** Checks and de-duplicates {@code ids}, leaving out {@code exclude} (may be null). */
    static List<String> check(String field, List<String> ids, String exclude) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > MAX) {
            throw ParleyException.invalid(field + " takes at most " + MAX + " ids");
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String id : ids) {
            Constraints.checkUserId(field + "[]", id);
            if (!id.equals(exclude)) {
                unique.add(id);
            }
        }
        return List.copyOf(unique);
    }

    static void checkActiveUsers(Repositories repos, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<String> active = new java.util.HashSet<>();
        for (User user : repos.users().findAll(ids)) {
            if (user.active()) {
                active.add(user.id());
            }
        }
        List<String> missing = ids.stream().filter(id -> !active.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw RoomService.userNotFound(missing);
        }
    }
}
