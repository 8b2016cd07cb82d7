package dev.parley.core.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Invitations to rooms. Lists hold pending invitations of rooms that still exist, oldest
 * first, at most {@code limit}; {@link #find} also finds closed ones and those whose room was
 * deleted (with a null room name).
 */
public interface InvitationRepository {
    /**
     * Stores an invitation; false (and nothing stored) when it is pending and the invitee
     * already has a pending invitation to the room — also one a concurrent transaction just
     * stored: the store enforces one pending invitation per (room, invitee).
     */
    boolean insert(Invitation invitation);

    Optional<Invitation> find(UUID id);

    /** The pending invitation of {@code inviteeId} to {@code roomId}, if any. */
    Optional<Invitation> findPending(UUID roomId, String inviteeId);

    /** Closes a pending invitation; false when it was not pending (answered meanwhile). */
    boolean close(UUID id, InvitationStatus outcome, Instant at);

    /** Pending invitations a user received. */
    List<Invitation> pendingFor(String inviteeId, int limit);

    /** Pending invitations a user sent. */
    List<Invitation> pendingFrom(String inviterId, int limit);

    /** Pending invitations to a room. */
    List<Invitation> pendingIn(UUID roomId, int limit);
}
