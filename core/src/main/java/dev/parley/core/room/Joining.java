package dev.parley.core.room;

import dev.parley.core.auth.Actor;
import dev.parley.core.event.Event;
import dev.parley.core.moderation.Moderation;
import dev.parley.core.store.UnitOfWork;
import dev.parley.core.user.UserRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Makes users members of a room inside a unit of work: the member rows, the room's count, the events. */
public final class Joining {
    private Joining() {
    }

    /** Of {@code userIds}, those not in the room yet, in the order given. */
    public static List<String> absent(UnitOfWork repos, Room room, List<String> userIds) {
        Set<String> present = new HashSet<>(repos.members().existingMembers(room.id(), userIds));
        return userIds.stream().filter(userId -> !present.contains(userId)).toList();
    }

    /** Adds {@code newcomers} (none of them a member yet) and returns them as members. */
    public static List<MemberView> add(UnitOfWork repos, Room room, List<String> newcomers, Instant now) {
        if (newcomers.isEmpty()) {
            return List.of();
        }
        // A room everyone left has no owner: the first one back takes it over.
        boolean ownerless = repos.members().all(room.id()).stream().noneMatch(m -> m.role() == MemberRole.OWNER);
        // The room row first, as the message log does: one lock order, no deadlock.
        repos.rooms().addToMemberCount(room.id(), newcomers.size());
        Room counted = repos.rooms().find(room.id()).orElse(room);
        List<MemberView> views = new ArrayList<>();
        for (String userId : newcomers) {
            MemberRole role = ownerless && userId.equals(newcomers.getFirst()) ? MemberRole.OWNER : MemberRole.MEMBER;
            // A newcomer starts with everything already in the room counted as read: the last seq
            // read under the room's lock, the one their member.added comes after (not the one read
            // before it, which a message committed meanwhile would leave unread yet never delivered).
            // A member muted before they left (or were banned) comes back muted.
            Member member = new Member(room.id(), userId, role, counted.lastSeq(), false, now,
                    Moderation.silenceOf(repos, room, userId, now));
            repos.members().insert(member);
            MemberView view = repos.members().findView(room.id(), userId).orElseThrow();
            // What the newcomer's clients show of the room; the event is a RoomChange, numbered by record().
            var seen = RoomSummaries.of(repos, counted, new Actor(userId, UserRole.USER));
            repos.record(new Event.MemberAdded(member, counted.lastSeq(), view.user(), seen));
            views.add(view);
        }
        return views;
    }
}
