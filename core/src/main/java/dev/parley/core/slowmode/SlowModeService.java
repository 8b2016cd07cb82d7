package dev.parley.core.slowmode;

import static dev.parley.core.room.RoomAccess.accessRoom;

import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Permission;
import dev.parley.core.event.Event;
import dev.parley.core.error.ParleyException;
import dev.parley.core.grant.LiveGrants;
import dev.parley.core.id.Uuids;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomAccess;
import dev.parley.core.store.Transactor;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Turning a room's slow mode on (a member posts once per N seconds), changing it, or off (0).
 * Whoever may update the room may (its owner, moderators and app admins by default); the room
 * gets {@code room.updated}; audited as {@code room.slow_mode}.
 */
public final class SlowModeService {
    /** The longest interval: six hours. */
    public static final int MAX_SECONDS = 6 * 3600;

    private final Transactor store;
    private final LiveGrants grants;
    private final AuditTrail audit;
    private final Clock clock;

    public SlowModeService(Transactor store, LiveGrants grants, AuditTrail audit, Clock clock) {
        this.store = store;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
    }

    public void set(Actor actor, String roomId, int seconds) {
        if (seconds < 0 || seconds > MAX_SECONDS) {
            throw ParleyException.invalid("slowModeSeconds must be between 0 (off) and " + MAX_SECONDS);
        }
        UUID id = Uuids.parse("roomId", roomId);
        store.requireDelivery();
        Instant now = clock.instant();
        store.write(repos -> {
            var visible = accessRoom(repos, actor, id);
            RoomAccess.checkNotDirect(visible.room());
            grants.current().checkIn(actor, visible, Permission.UPDATE_ROOM);
            Room old = visible.room();
            if (old.slowModeSeconds() == seconds) {
                return null; // no change, no event
            }
            repos.rooms().setSlowMode(id, seconds, now);
            repos.record(new Event.RoomUpdated(old.withSlowMode(seconds, now)));
            audit.write(repos, actor, "room.slow_mode", "room", id.toString(), describe(old.slowModeSeconds()),
                    describe(seconds));
            return null;
        });
    }

    private static String describe(int seconds) {
        return seconds == 0 ? "off" : "one post per " + seconds + " s";
    }
}
