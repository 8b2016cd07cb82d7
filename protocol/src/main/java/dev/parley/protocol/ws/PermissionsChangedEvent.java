package dev.parley.protocol.ws;

/**
 * {@code permissions.changed}: an admin replaced the grants document (now at {@code version});
 * sent to every connection. Clients fetch {@code /chat/config} and their rooms again for their
 * new {@code permissions} and {@code ownCapabilities}.
 */
public record PermissionsChangedEvent(String type, long version) implements ServerFrame {
    public static final String TYPE = "permissions.changed";

    public PermissionsChangedEvent(long version) {
        this(TYPE, version);
    }
}
