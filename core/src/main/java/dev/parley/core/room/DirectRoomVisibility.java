package dev.parley.core.room;

import dev.parley.core.event.Event;
import dev.parley.core.store.UnitOfWork;
import dev.parley.core.user.User;

/**
 * A member of a direct room hides it (leaving it: it leaves their room list until the next
 * message) or opens it again. Either is a change of the member ({@code member.updated} with
 * {@code hidden}), so the member's other sessions follow.
 */
final class DirectRoomVisibility {
    private DirectRoomVisibility() {
    }

    static void set(UnitOfWork repos, Room room, String userId, boolean hidden) {
        Member member = repos.members().find(room.id(), userId).orElse(null);
        if (member == null || member.hidden() == hidden) {
            return;
        }
        // The room row first, as the message log does (it unhides members after locking it): no deadlock.
        repos.rooms().lock(room.id());
        repos.members().setHidden(room.id(), userId, hidden);
        Member changed = member.withHidden(hidden);
        repos.record(new Event.MemberUpdated(changed, room.lastSeq(), repos.users().find(userId).map(User::card)
                .orElse(null)));
    }
}
