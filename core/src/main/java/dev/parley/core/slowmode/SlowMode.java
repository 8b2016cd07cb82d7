package dev.parley.core.slowmode;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Permission;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.grant.Grants;
import dev.parley.core.room.RoomAccess;
import dev.parley.core.store.DuplicateKeyException;
import dev.parley.core.store.Transactor;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The send path's slow-mode step: in a room in slow mode, a member posts once per its interval;
 * whoever may change the room ({@code update-room}: its owner, moderators and app admins by
 * default) is not paced. A room not in slow mode costs nothing: the room row the send reads
 * anyway says so.
 */
public final class SlowMode {
    private SlowMode() {
    }

    /** The actor's pace in the room in seconds: 0 when the room is not in slow mode or they are exempt. */
    public static int paceOf(Actor actor, RoomAccess.Visible visible, Grants grants) {
        int seconds = visible.room().slowModeSeconds();
        if (seconds <= 0 || grants.in(actor, visible).contains(Permission.UPDATE_ROOM)) {
            return 0;
        }
        return seconds;
    }

    /**
     * Takes the actor's turn (one small write of their last turn), or throws 429 {@code slow_mode}
     * with how long to wait. Of two sends racing from two sessions, one takes the turn.
     */
    public static void takeTurn(Transactor store, Actor actor, UUID roomId, int seconds, Instant now) {
        Duration interval = Duration.ofSeconds(seconds);
        Optional<Instant> last;
        try {
            last = store.write(repos -> repos.rooms().takeSlowModeTurn(roomId, actor.userId(), now, interval));
        } catch (DuplicateKeyException racedFirstTurn) {
            last = Optional.of(now);
        }
        if (last.isPresent()) {
            Duration wait = Duration.between(now, last.get().plus(interval));
            long waitSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new ParleyException(ErrorCode.SLOW_MODE, "slow mode: you may post once every " + seconds
                    + " s here; wait " + waitSeconds + " s", Duration.ofSeconds(waitSeconds));
        }
    }
}
