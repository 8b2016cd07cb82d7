package dev.parley.core.moderation;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Permission;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.grant.Grants;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomAccess;
import dev.parley.core.room.Silence;
import dev.parley.core.store.Repositories;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The checks the send and join paths make: banned, muted, frozen. */
public final class Moderation {
    /** What a muted member, or one in a frozen room, does not hold: posting, and what only posting does. */
    private static final Set<Permission> POSTING = EnumSet.of(Permission.SEND_MESSAGES, Permission.MENTION_ALL);

    private Moderation() {
    }

    /**
     * Throws 403 {@code banned}, {@code muted} or {@code room_frozen} unless the actor may post
     * in the room now. Whoever may freeze the room (moderators, admins) posts in a frozen room.
     * A member's standing comes with the room ({@code visible}: no read); a user who is not a
     * member (an admin, or one a ban put out) is looked up.
     */
    public static void checkMayPost(Repositories repos, Actor actor, RoomAccess.Visible visible, Grants grants,
            Instant now) {
        PostingState state = visible.membership()
                .map(member -> new PostingState(false, member.silencedAt(now)))
                .orElseGet(() -> repos.moderation().postingState(visible.room().id(), actor.userId(), now));
        if (state.banned()) {
            throw new ParleyException(ErrorCode.BANNED, "you are banned from this room");
        }
        if (state.muted()) {
            throw new ParleyException(ErrorCode.MUTED, "you are muted in this room: you can read, not post");
        }
        if (visible.room().frozen() && !grants.in(actor, visible).contains(Permission.FREEZE_ROOM)) {
            throw new ParleyException(ErrorCode.ROOM_FROZEN, "the room is frozen: only its moderators post");
        }
    }

    /**
     * What of {@code held} (the grants in a room) a member keeps now: none of posting when a
     * moderator muted them ({@code silence}), or when the room is frozen and they may not freeze it.
     */
    public static Set<Permission> capabilities(Set<Permission> held, Room room, Silence silence, Instant now) {
        boolean frozenOut = room.frozen() && !held.contains(Permission.FREEZE_ROOM);
        if (!frozenOut && !Silence.holds(silence, now)) {
            return held;
        }
        Set<Permission> kept = held.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(held);
        kept.removeAll(POSTING);
        return kept;
    }

    /** The moderator's mute a user joining the room now takes into it (null: none). */
    public static Silence silenceOf(Repositories repos, Room room, String userId, Instant now) {
        return repos.moderation().find(room.id(), userId, Restriction.Kind.MUTE).filter(r -> r.activeAt(now))
                .map(r -> new Silence(r.expiresAt())).orElse(null);
    }

    /**
     * Throws 403 {@code banned} when any of {@code userIds} is banned from the room now. Takes the
     * room's row lock first (a write path about to add them), as a ban does: a ban and a join are
     * never interleaved, so no member is ever banned — which lets the send path read a member's
     * standing from the membership alone.
     */
    public static void checkNoneBanned(Repositories repos, RoomAccess.Visible visible, List<String> userIds,
            Instant now) {
        repos.rooms().lock(visible.room().id());
        List<String> banned = repos.moderation().bannedAmong(visible.room().id(), userIds, now);
        if (!banned.isEmpty()) {
            throw new ParleyException(ErrorCode.BANNED, String.join(", ", banned)
                    + (banned.size() == 1 ? " is" : " are") + " banned from this room");
        }
    }
}
