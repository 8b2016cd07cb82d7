package dev.parley.protocol.ws;

import dev.parley.protocol.model.AppRole;

/**
 * {@code role.changed}: an admin changed the user's app role; sent to that user's own sessions
 * only. The session acts with the new role from its next frame; clients fetch
 * {@code /chat/config} and their rooms again for their new {@code permissions} and
 * {@code ownCapabilities}, as on {@code permissions.changed}.
 */
public record RoleChangedEvent(String type, AppRole role) implements ServerFrame {
    public static final String TYPE = "role.changed";

    public RoleChangedEvent(AppRole role) {
        this(TYPE, role);
    }
}
