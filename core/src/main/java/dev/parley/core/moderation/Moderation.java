package dev.parley.core.moderation;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Permission;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.grant.Grants;
import dev.parley.core.room.RoomAccess;
import dev.parley.core.store.Repositories;
import java.time.Instant;
import java.util.List;

/** The checks the send and join paths make: banned, muted, frozen. */
public final class Moderation {
    private Moderation() {
    }

    /**
     * Throws 403 {@code banned}, {@code muted} or {@code room_frozen} unless the actor may post
     * in the room now. Whoever may freeze the room (moderators, admins) posts in a frozen room.
     */
    public static void checkMayPost(Repositories repos, Actor actor, RoomAccess.Visible visible, Grants grants,
            Instant now) {
        PostingState state = repos.moderation().postingState(visible.room().id(), actor.userId(), now);
        if (state.banned()) {
            throw new ParleyException(ErrorCode.BANNED, "you are banned from this room");
        }
        if (state.muted()) {
            throw new ParleyException(ErrorCode.MUTED, "you are muted in this room: you can read, not post");
        }
        if (state.frozen() && !grants.in(actor, visible).contains(Permission.FREEZE_ROOM)) {
            throw new ParleyException(ErrorCode.ROOM_FROZEN, "the room is frozen: only its moderators post");
        }
    }

    /** Throws 403 {@code banned} when any of {@code userIds} is banned from the room now. */
    public static void checkNoneBanned(Repositories repos, RoomAccess.Visible visible, List<String> userIds,
            Instant now) {
        List<String> banned = repos.moderation().bannedAmong(visible.room().id(), userIds, now);
        if (!banned.isEmpty()) {
            throw new ParleyException(ErrorCode.BANNED, String.join(", ", banned)
                    + (banned.size() == 1 ? " is" : " are") + " banned from this room");
        }
    }
}
