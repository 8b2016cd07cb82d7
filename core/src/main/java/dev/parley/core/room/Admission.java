package dev.parley.core.room;

import dev.parley.core.store.UnitOfWork;
import java.util.List;

/**
 * What adding users to a group room does. By default they become members at once
 * ({@link #IMMEDIATE}); with explicit joins ({@code rooms.explicit-joins}) they are invited
 * and become members when they accept ({@code dev.parley.core.invitation}). Channels (which
 * anyone may join) and direct rooms never ask.
 */
@FunctionalInterface
public interface Admission {
    /** Users become members as soon as they are added. */
    Admission IMMEDIATE = (repos, room, byUserId, userIds) -> userIds;

    /**
     * Runs inside the unit of work that adds {@code userIds} (active users, none of them a
     * member) to {@code room}; returns those who become members now. It records the events of
     * whatever else it did.
     */
    List<String> admit(UnitOfWork repos, Room room, String byUserId, List<String> userIds);
}
