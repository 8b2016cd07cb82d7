package dev.parley.core.room;

import static dev.parley.core.room.RoomAccess.accessRoom;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Permission;
import dev.parley.core.grant.LiveGrants;
import dev.parley.core.error.Constraints;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.id.Uuids;
import dev.parley.core.moderation.Moderation;
import dev.parley.core.page.Cursor;
import dev.parley.core.page.Page;
import dev.parley.core.page.PageRequest;
import dev.parley.core.store.Transactor;
import dev.parley.core.store.UnitOfWork;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Who is in a room: list, add (and join a channel), set, remove (and leave), roles. */
public final class MemberService {
    private final Transactor store;
    private final Clock clock;
    private final LiveGrants grants;
    private final Admission admission;

    public MemberService(Transactor store, Clock clock, LiveGrants grants) {
        this(store, clock, grants, Admission.IMMEDIATE);
    }

    /** With {@code admission} deciding what adding users to a group room does (explicit joins invite them). */
    public MemberService(Transactor store, Clock clock, LiveGrants grants, Admission admission) {
        this.store = store;
        this.clock = clock;
        this.grants = grants;
        this.admission = admission;
    }

    public Page<MemberView> list(Actor actor, String roomId, PageRequest page) {
        UUID id = Uuids.parse("roomId", roomId);
        var position = Cursor.decode(page.after(), 1);
        String after = position == null ? null : Cursor.userId(position.get(0));
        var rows = store.read(repos -> {
            accessRoom(repos, actor, id);
            return repos.members().list(id, after, page.limit() + 1);
        });
        return Page.of(rows, page.limit(), view -> Cursor.encode(view.member().userId()));
    }

    /**
     * Adds users to a room. Owners, moderators and admins add anyone; any user may add
     * themselves to a channel (join). Users already in the room are left as they are. With
     * explicit joins, users added to a group are invited instead: the list returned holds only
     * those who became members.
     */
    public List<MemberView> add(Actor actor, String roomId, List<String> userIds) {
        UUID id = Uuids.parse("roomId", roomId);
        List<String> ids = MemberIds.check("userIds", userIds, null);
        if (ids.isEmpty()) {
            throw ParleyException.invalid("userIds must name at least one user");
        }
        List<MemberView> added = store.write(repos -> {
            var visible = accessRoom(repos, actor, id);
            boolean joiningChannel = visible.room().type() == RoomType.CHANNEL && ids.equals(List.of(actor.userId()));
            if (joiningChannel) {
                grants.current().check(actor, Permission.JOIN_CHANNELS);
            } else {
                checkManages(visible, actor);
            }
            MemberIds.checkActiveUsers(repos, ids);
            // Banned users are neither added nor invited.
            Moderation.checkNoneBanned(repos, visible, ids, clock.instant());
            return addMissing(repos, visible.room(), actor, ids);
        });
        return added;
    }

    /** Makes the room's members exactly {@code userIds}, plus its owner, who is never removed. */
    public List<MemberView> set(Actor actor, String roomId, List<String> userIds) {
        UUID id = Uuids.parse("roomId", roomId);
        List<String> ids = MemberIds.check("userIds", userIds, null);
        List<MemberView> result = store.write(repos -> {
            var visible = accessRoom(repos, actor, id);
            checkManages(visible, actor);
            MemberIds.checkActiveUsers(repos, ids);
            Moderation.checkNoneBanned(repos, visible, ids, clock.instant());
            Room room = visible.room();
            Set<String> wanted = new HashSet<>(ids);
            List<String> leaving = repos.members().all(id).stream()
                    .filter(member -> !wanted.contains(member.userId()) && member.role() != MemberRole.OWNER)
                    .map(Member::userId).toList();
            // The room row first, as the message log does: one lock order, no deadlock.
            repos.rooms().addToMemberCount(id, -leaving.size());
            for (String userId : leaving) {
                repos.members().delete(id, userId);
                repos.record(new Event.MemberRemoved(id, room.lastSeq(), userId));
            }
            addMissing(repos, room, actor, ids);
            return repos.members().list(id, null, MemberIds.MAX + 1);
        });
        return result;
    }

    /**
     * Removes a member. Removing oneself is leaving: allowed to anyone; in a direct room it
     * only hides the room until the next message. An owner who leaves hands the room to the
     * longest-standing member. Removing others needs an owner, a moderator or an admin, and
     * only an admin removes the owner.
     */
    public void remove(Actor actor, String roomId, String userId) {
        UUID id = Uuids.parse("roomId", roomId);
        Constraints.checkUserId("userId", userId);
        boolean leaving = userId.equals(actor.userId());
        store.write(repos -> {
            var visible = accessRoom(repos, actor, id);
            Room room = visible.room();
            if (!leaving) {
                checkManages(visible, actor);
            }
            Member target = repos.members().find(id, userId).orElseThrow(() -> notAMember(userId));
            if (room.isDirect()) {
                DirectRoomVisibility.set(repos, room, userId, true);
                return null;
            }
            if (!leaving) {
                if (target.role() == MemberRole.OWNER && !actor.isAdmin()) {
                    throw new ParleyException(ErrorCode.FORBIDDEN, "the owner cannot be removed");
                }
            }
            // The room row first, as the message log does: one lock order, no deadlock.
            repos.rooms().addToMemberCount(id, -1);
            repos.members().delete(id, userId);
            repos.record(new Event.MemberRemoved(id, room.lastSeq(), userId));
            if (target.role() == MemberRole.OWNER) {
                repos.members().oldestExcept(id, userId).ifPresent(heir -> {
                    repos.members().setRole(id, heir.userId(), MemberRole.OWNER);
                    repos.record(new Event.MemberUpdated(heir.withRole(MemberRole.OWNER), room.lastSeq(),
                            card(repos, heir.userId())));
                });
            }
            return null;
        });
    }

    /** Sets a member's role; only the owner (or an admin). Making someone owner hands the room over. */
    public MemberView setRole(Actor actor, String roomId, String userId, String role) {
        UUID id = Uuids.parse("roomId", roomId);
        Constraints.checkUserId("userId", userId);
        MemberRole newRole = MemberRole.parse(role);
        MemberView view = store.write(repos -> {
            var visible = accessRoom(repos, actor, id);
            RoomAccess.checkOwner(visible, actor);
            grants.current().checkIn(actor, visible, Permission.MANAGE_MEMBERS);
            // The room row first, as the message log does (it moves members' read marks after locking it).
            repos.rooms().lock(id);
            long lastSeq = visible.room().lastSeq();
            Member target = repos.members().find(id, userId).orElseThrow(() -> notAMember(userId));
            if (target.role() == newRole) {
                return repos.members().findView(id, userId).orElseThrow(); // no change, no event
            }
            if (target.role() == MemberRole.OWNER && newRole != MemberRole.OWNER) {
                throw ParleyException.invalid("make another member owner to hand the room over");
            }
            if (newRole == MemberRole.OWNER) {
                for (Member other : repos.members().all(id)) {
                    if (other.role() == MemberRole.OWNER && !other.userId().equals(userId)) {
                        repos.members().setRole(id, other.userId(), MemberRole.MODERATOR);
                        repos.record(new Event.MemberUpdated(other.withRole(MemberRole.MODERATOR), lastSeq,
                                card(repos, other.userId())));
                    }
                }
            }
            repos.members().setRole(id, userId, newRole);
            repos.record(new Event.MemberUpdated(target.withRole(newRole), lastSeq, card(repos, userId)));
            return repos.members().findView(id, userId).orElseThrow();
        });
        return view;
    }

    private List<MemberView> addMissing(UnitOfWork repos, Room room, Actor actor, List<String> ids) {
        List<String> newcomers = Joining.absent(repos, room, ids);
        if (room.type() == RoomType.GROUP && !newcomers.isEmpty()) {
            newcomers = admission.admit(repos, room, actor.userId(), newcomers);
        }
        return Joining.add(repos, room, newcomers, clock.instant());
    }

    private static dev.parley.core.user.UserCard card(UnitOfWork repos, String userId) {
        return repos.users().find(userId).map(dev.parley.core.user.User::card).orElse(null);
    }

    /** Managing others needs {@code manage-members} in the room (owners, moderators and admins by default). */
    private void checkManages(RoomAccess.Visible visible, Actor actor) {
        RoomAccess.checkNotDirect(visible.room());
        grants.current().checkIn(actor, visible, Permission.MANAGE_MEMBERS);
    }

    private static ParleyException notAMember(String userId) {
        return new ParleyException(ErrorCode.MEMBER_NOT_FOUND, userId + " is not a member of this room");
    }
}
