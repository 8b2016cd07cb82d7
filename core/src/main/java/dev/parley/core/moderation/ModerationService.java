package dev.parley.core.moderation;

import static dev.parley.core.room.RoomAccess.accessRoom;

import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Permission;
import dev.parley.core.error.Constraints;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.grant.LiveGrants;
import dev.parley.core.id.Uuids;
import dev.parley.core.invitation.InvitationStatus;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.RoomAccess;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.room.Silence;
import dev.parley.core.store.Transactor;
import dev.parley.core.store.UnitOfWork;
import dev.parley.core.user.User;
import dev.parley.core.user.UserRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Moderating a room: ban (out of the room, cannot rejoin, be re-added nor post), mute (reads,
 * cannot post), each for a while or until lifted; freeze (only moderators post). Who may is in
 * the grants ({@code ban-member}, {@code mute-member}, {@code freeze-room}: the room's owner and
 * moderators and app admins by default); the owner and app admins cannot be banned or muted but
 * by an app admin. Each action is audited in its own transaction and told to the room.
 */
public final class ModerationService {
    public static final int MAX_REASON = 500;
    /** The longest ban or mute with a duration: ten years. */
    public static final long MAX_DURATION_SECONDS = 10L * 366 * 24 * 3600;

    private final Transactor store;
    private final LiveGrants grants;
    private final AuditTrail audit;
    private final Clock clock;

    public ModerationService(Transactor store, LiveGrants grants, AuditTrail audit, Clock clock) {
        this.store = store;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
    }

    public Restriction restrict(Actor actor, String roomId, Restriction.Kind kind, String userId, String reason,
            Long durationSeconds) {
        UUID room = Uuids.parse("roomId", roomId);
        Constraints.checkUserId("userId", userId);
        Constraints.checkOptionalText("reason", reason, MAX_REASON);
        if (durationSeconds != null && (durationSeconds < 1 || durationSeconds > MAX_DURATION_SECONDS)) {
            throw ParleyException.invalid("durationSeconds must be between 1 and " + MAX_DURATION_SECONDS
                    + " (omit it for no end)");
        }
        store.requireDelivery();
        Instant now = clock.instant();
        Instant until = durationSeconds == null ? null : now.plus(Duration.ofSeconds(durationSeconds));
        return store.write(repos -> {
            var visible = accessRoom(repos, actor, room);
            RoomAccess.checkNotDirect(visible.room());
            grants.current().checkIn(actor, visible, permissionFor(kind));
            checkTarget(repos, actor, room, userId, kind);
            // The room's row first, as the message log takes it: member rows change, then a numbered change.
            repos.rooms().lock(room);
            Restriction restriction = new Restriction(room, userId, kind, reason, actor.userId(), now, until);
            String before = repos.moderation().find(room, userId, kind).filter(r -> r.activeAt(now))
                    .map(ModerationService::describe).orElse(null);
            repos.moderation().put(restriction);
            if (kind == Restriction.Kind.MUTE) {
                repos.members().setSilence(room, userId, new Silence(until));
            }
            long lastSeq = visible.room().lastSeq();
            repos.record(new Event.MemberRestricted(room, lastSeq, userId, kind.wireName(), true, reason, until));
            if (kind == Restriction.Kind.BAN && repos.members().find(room, userId).isPresent()) {
                repos.rooms().addToMemberCount(room, -1);
                repos.members().delete(room, userId);
                repos.record(new Event.MemberRemoved(room, lastSeq, userId));
            }
            if (kind == Restriction.Kind.BAN) {
                // A pending invitation of the banned user is withdrawn: they could not accept it anyway.
                repos.invitations().findPending(room, userId).ifPresent(invitation -> {
                    if (repos.invitations().close(invitation.id(), InvitationStatus.CANCELLED, now)) {
                        repos.record(new Event.InvitationChanged(invitation.closed(InvitationStatus.CANCELLED, now)));
                    }
                });
            }
            audit.write(repos, actor, "room." + kind.wireName(), "user", userId, before,
                    "room " + room + ": " + describe(restriction));
            return restriction;
        });
    }

    /** Lifts a ban or mute; false when there was none. */
    public boolean lift(Actor actor, String roomId, Restriction.Kind kind, String userId) {
        UUID room = Uuids.parse("roomId", roomId);
        Constraints.checkUserId("userId", userId);
        store.requireDelivery();
        return store.write(repos -> {
            var visible = accessRoom(repos, actor, room);
            RoomAccess.checkNotDirect(visible.room());
            grants.current().checkIn(actor, visible, permissionFor(kind));
            repos.rooms().lock(room);
            var existing = repos.moderation().find(room, userId, kind);
            if (existing.isEmpty() || !repos.moderation().remove(room, userId, kind)) {
                return false;
            }
            if (kind == Restriction.Kind.MUTE) {
                repos.members().setSilence(room, userId, null);
            }
            repos.record(new Event.MemberRestricted(room, visible.room().lastSeq(), userId, kind.wireName(), false,
                    null, null));
            audit.write(repos, actor, "room.un" + kind.wireName(), "user", userId,
                    "room " + room + ": " + describe(existing.get()), null);
            return true;
        });
    }

    /** Freezes the room (only those who may freeze it post) or thaws it. */
    public void freeze(Actor actor, String roomId, boolean frozen) {
        UUID room = Uuids.parse("roomId", roomId);
        store.requireDelivery();
        store.write(repos -> {
            var visible = accessRoom(repos, actor, room);
            RoomAccess.checkNotDirect(visible.room());
            grants.current().checkIn(actor, visible, Permission.FREEZE_ROOM);
            boolean was = visible.room().frozen();
            if (was == frozen) {
                return null; // no change, no event
            }
            repos.rooms().setFrozen(room, frozen);
            repos.record(new Event.RoomFrozen(room, visible.room().lastSeq(), frozen));
            audit.write(repos, actor, frozen ? "room.freeze" : "room.thaw", "room", room.toString(),
                    was ? "frozen" : "open", frozen ? "frozen" : "open");
            return null;
        });
    }

    /**
     * The room of {@code summary} as the actor stands in it now: a mute that ended dropped, and
     * their capabilities as clients are told them ({@code ownCapabilities}) — their grants, less
     * posting while a moderator's mute or a freeze keeps them from it.
     */
    public Standing standing(Actor actor, RoomSummary summary) {
        Instant now = clock.instant();
        RoomSummary current = summary.asOf(now);
        Set<Permission> held = grants.current().capabilities(actor, summary.room().type(), summary.role());
        return new Standing(current, Moderation.capabilities(held, current.room(), current.silence(), now));
    }

    /** A room as one user sees it now, with what they may do in it. */
    public record Standing(RoomSummary summary, Set<Permission> capabilities) {
    }

    private static Permission permissionFor(Restriction.Kind kind) {
        return kind == Restriction.Kind.BAN ? Permission.BAN_MEMBERS : Permission.MUTE_MEMBERS;
    }

    /** Nobody bans themselves; only an app admin bans or mutes the room's owner or another app admin. */
    private static void checkTarget(UnitOfWork repos, Actor actor, UUID room, String userId, Restriction.Kind kind) {
        if (userId.equals(actor.userId())) {
            throw ParleyException.invalid("you cannot " + kind.wireName() + " yourself");
        }
        User target = repos.users().find(userId).orElseThrow(() -> new ParleyException(ErrorCode.USER_NOT_FOUND,
                "no user " + userId));
        if (actor.isAdmin()) {
            return;
        }
        if (target.role() == UserRole.ADMIN) {
            throw new ParleyException(ErrorCode.FORBIDDEN, "an app admin cannot be " + past(kind) + " by a moderator");
        }
        boolean owner = repos.members().find(room, userId).filter(m -> m.role() == MemberRole.OWNER).isPresent();
        if (owner) {
            throw new ParleyException(ErrorCode.FORBIDDEN, "the room's owner cannot be " + past(kind));
        }
    }

    private static String past(Restriction.Kind kind) {
        return kind == Restriction.Kind.BAN ? "banned" : "muted";
    }

    static String describe(Restriction r) {
        return r.kind().wireName() + (r.reason() == null ? "" : ", reason: " + r.reason())
                + (r.expiresAt() == null ? ", no end" : ", until " + r.expiresAt());
    }
}
