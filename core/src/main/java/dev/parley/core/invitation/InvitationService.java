package dev.parley.core.invitation;

import static dev.parley.core.room.RoomAccess.accessRoom;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Permission;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.grant.LiveGrants;
import dev.parley.core.id.Uuids;
import dev.parley.core.room.Joining;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomAccess;
import dev.parley.core.store.Transactor;
import dev.parley.core.store.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Invitations to group rooms (made by {@link Inviting} when explicit joins are on): the ones a
 * user received or sent, a room's pending ones, and their answers. Only the invitee accepts or
 * declines; the inviter, the room's owner and moderators, and admins cancel. An invitation of
 * someone else is answered exactly as one that does not exist.
 */
public final class InvitationService {
    /** The most pending invitations a list returns. */
    public static final int MAX_LISTED = 1000;

    private final Transactor store;
    private final Clock clock;
    private final LiveGrants grants;

    public InvitationService(Transactor store, Clock clock, LiveGrants grants) {
        this.store = store;
        this.clock = clock;
        this.grants = grants;
    }

    /** The pending invitations the actor received, oldest first. */
    public List<Invitation> received(Actor actor) {
        return store.read(repos -> repos.invitations().pendingFor(actor.userId(), MAX_LISTED));
    }

    /** The pending invitations the actor sent, oldest first. */
    public List<Invitation> sent(Actor actor) {
        return store.read(repos -> repos.invitations().pendingFrom(actor.userId(), MAX_LISTED));
    }

    /** The pending invitations to a room the actor may see (its members, and admins). */
    public List<Invitation> pendingIn(Actor actor, String roomId) {
        UUID id = Uuids.parse("roomId", roomId);
        return store.read(repos -> {
            accessRoom(repos, actor, id);
            return repos.invitations().pendingIn(id, MAX_LISTED);
        });
    }

    /** The invitee joins the room, unless banned from it since (403 {@code banned}; the invitation stays). */
    public Invitation accept(Actor actor, String invitationId) {
        UUID id = Uuids.parse("invitationId", invitationId);
        return store.write(repos -> {
            Invitation invitation = pendingOf(repos, id, actor);
            Room room = repos.rooms().find(invitation.roomId()).orElseThrow(() -> new ParleyException(
                    ErrorCode.ROOM_NOT_FOUND, "the room of this invitation was deleted"));
            Instant now = clock.instant();
            repos.rooms().lock(room.id()); // as a ban takes it: the two are never interleaved
            if (!repos.moderation().bannedAmong(room.id(), List.of(actor.userId()), now).isEmpty()) {
                throw new ParleyException(ErrorCode.BANNED, "you are banned from this room");
            }
            Invitation accepted = close(repos, invitation, InvitationStatus.ACCEPTED, now);
            // The same path as adding a member: MemberAdded is a RoomChange, numbered in this unit of work.
            Joining.add(repos, room, Joining.absent(repos, room, List.of(actor.userId())), now);
            return accepted;
        });
    }

    /** The invitee says no; the room does not change. */
    public Invitation decline(Actor actor, String invitationId) {
        UUID id = Uuids.parse("invitationId", invitationId);
        return store.write(repos -> close(repos, pendingOf(repos, id, actor), InvitationStatus.DECLINED,
                clock.instant()));
    }

    /**
     * The inviter, or whoever holds {@code manage-members} in the room (its owner and moderators,
     * and admins, by default), takes the invitation back.
     */
    public Invitation cancel(Actor actor, String invitationId) {
        UUID id = Uuids.parse("invitationId", invitationId);
        return store.write(repos -> {
            Invitation invitation = repos.invitations().find(id).orElseThrow(InvitationService::notFound);
            if (!invitation.inviterId().equals(actor.userId())) {
                if (invitation.inviteeId().equals(actor.userId())) {
                    throw new ParleyException(ErrorCode.FORBIDDEN,
                            "only the inviter cancels an invitation; decline it instead");
                }
                if (actor.isAdmin() && repos.rooms().find(invitation.roomId()).isEmpty()) {
                    grants.current().check(actor, Permission.MANAGE_MEMBERS); // the room was deleted
                } else {
                    var visible = accessRoomOf(repos, actor, invitation);
                    grants.current().checkIn(actor, visible, Permission.MANAGE_MEMBERS);
                }
            }
            checkPending(invitation);
            return close(repos, invitation, InvitationStatus.CANCELLED, clock.instant());
        });
    }

    /** The actor's own pending invitation {@code id}: someone else's is answered as one that does not exist. */
    private static Invitation pendingOf(UnitOfWork repos, UUID id, Actor actor) {
        Invitation invitation = repos.invitations().find(id)
                .filter(found -> found.inviteeId().equals(actor.userId()))
                .orElseThrow(InvitationService::notFound);
        checkPending(invitation);
        return invitation;
    }

    private static RoomAccess.Visible accessRoomOf(UnitOfWork repos, Actor actor, Invitation invitation) {
        try {
            return accessRoom(repos, actor, invitation.roomId());
        } catch (ParleyException hidden) {
            throw notFound(); // neither the room nor the invitation is the actor's to know of
        }
    }

    private static void checkPending(Invitation invitation) {
        if (!invitation.pending()) {
            throw new ParleyException(ErrorCode.INVITATION_CLOSED,
                    "this invitation was already " + invitation.status().wireName());
        }
    }

    private static Invitation close(UnitOfWork repos, Invitation invitation, InvitationStatus outcome, Instant at) {
        if (!repos.invitations().close(invitation.id(), outcome, at)) {
            throw new ParleyException(ErrorCode.INVITATION_CLOSED, "this invitation was answered meanwhile");
        }
        Invitation closed = invitation.closed(outcome, at);
        repos.record(new Event.InvitationChanged(closed));
        return closed;
    }

    private static ParleyException notFound() {
        return new ParleyException(ErrorCode.INVITATION_NOT_FOUND, "no such invitation");
    }
}
