package dev.parley.protocol.rest;

import dev.parley.protocol.model.Invitation;
import java.util.List;

/** {@code GET /v1/invitations}, {@code GET /v1/rooms/{roomId}/invitations}: pending invitations, oldest first. */
public record InvitationList(List<Invitation> items) {
}
