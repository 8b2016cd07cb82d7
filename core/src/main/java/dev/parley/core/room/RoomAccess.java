package dev.parley.core.room;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.store.Repositories;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may see and do what in a room. A private room the actor is not in answers exactly as a
 * room that does not exist, so room ids do not leak.
 */
public final class RoomAccess {
    private RoomAccess() {
    }

    /** A room as the actor may see it, with the actor's membership if any. */
    public record Visible(Room room, Optional<Member> membership) {
        public Optional<MemberRole> role() {
            return membership.map(Member::role);
        }
    }

    /** Loads a room the actor may see: a member, any user for a channel, or an admin. */
    public static Visible accessRoom(Repositories repos, Actor actor, UUID roomId) {
        Visible visible = repos.rooms().findAsSeenBy(roomId, actor.userId()).orElseThrow(RoomAccess::notFound);
        if (visible.membership().isEmpty() && visible.room().type() != RoomType.CHANNEL && !actor.isAdmin()) {
            throw notFound();
        }
        return visible;
    }

    /** Loads a room whose messages the actor may read and write: members and admins. */
    public static Visible accessRoomAsMember(Repositories repos, Actor actor, UUID roomId) {
        Visible visible = accessRoom(repos, actor, roomId);
        checkMember(visible, actor);
        return visible;
    }

    /** Throws 403 unless the actor is a member of the room they see, or an admin. */
    public static void checkMember(Visible visible, Actor actor) {
        if (visible.membership().isEmpty() && !actor.isAdmin()) {
            throw new ParleyException(ErrorCode.FORBIDDEN, "join the channel to read and post messages");
        }
    }

    /** Owners, moderators and admins manage a room (its picture); direct rooms cannot be changed at all. */
    public static void checkManager(Visible visible, Actor actor) {
        checkNotDirect(visible.room());
        if (!actor.isAdmin() && visible.role().filter(MemberRole::manages).isEmpty()) {
            throw new ParleyException(ErrorCode.FORBIDDEN, "only the room's owner and moderators may do this");
        }
    }

    public static void checkOwner(Visible visible, Actor actor) {
        checkNotDirect(visible.room());
        if (!actor.isAdmin() && visible.role().filter(role -> role == MemberRole.OWNER).isEmpty()) {
            throw new ParleyException(ErrorCode.FORBIDDEN, "only the room's owner may do this");
        }
    }

    public static void checkNotDirect(Room room) {
        if (room.isDirect()) {
            throw new ParleyException(ErrorCode.DIRECT_ROOM_IMMUTABLE, "direct rooms cannot be changed");
        }
    }

    public static ParleyException notFound() {
        return new ParleyException(ErrorCode.ROOM_NOT_FOUND, "no such room");
    }
}
