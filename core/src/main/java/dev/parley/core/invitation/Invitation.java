package dev.parley.core.invitation;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation to a group room, made when someone adds a user while explicit joins are on
 * ({@code rooms.explicit-joins}): the invitee becomes a member when they accept. {@code roomName}
 * is read with the invitation (null once the room was deleted); {@code answeredAt} is null while
 * it is pending.
 */
public record Invitation(UUID id, UUID roomId, String roomName, String inviterId, String inviteeId,
        InvitationStatus status, Instant createdAt, Instant answeredAt) {

    public boolean pending() {
        return status == InvitationStatus.PENDING;
    }

    /** This invitation once answered (or cancelled) at {@code at}. */
    public Invitation closed(InvitationStatus outcome, Instant at) {
        return new Invitation(id, roomId, roomName, inviterId, inviteeId, outcome, createdAt, at);
    }
}
