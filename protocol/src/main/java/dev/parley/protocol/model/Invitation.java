package dev.parley.protocol.model;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation to a group room (explicit joins): the invitee becomes a member when they
 * accept. {@code answeredAt} is null while it is pending.
 */
public record Invitation(UUID id, UUID roomId, String roomName, String inviterId, String inviteeId,
        InvitationStatus status, Instant createdAt, Instant answeredAt) {
}
