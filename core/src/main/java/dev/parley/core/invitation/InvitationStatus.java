package dev.parley.core.invitation;

import java.util.Locale;

/** Where an invitation stands: waiting for the invitee, or closed one of three ways. */
public enum InvitationStatus {
    PENDING, ACCEPTED, DECLINED, CANCELLED;

    /** The name in the API and the database: {@code pending}, {@code accepted}, … */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InvitationStatus fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
