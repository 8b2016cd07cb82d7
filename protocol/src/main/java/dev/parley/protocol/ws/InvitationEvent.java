package dev.parley.protocol.ws;

import dev.parley.protocol.model.Invitation;

/** {@code invitation.changed}: an invitation was made, accepted, declined or cancelled; sent to its inviter and invitee. */
public record InvitationEvent(String type, Invitation invitation) implements ServerFrame {
    public static final String TYPE = "invitation.changed";

    public InvitationEvent(Invitation invitation) {
        this(TYPE, invitation);
    }
}
