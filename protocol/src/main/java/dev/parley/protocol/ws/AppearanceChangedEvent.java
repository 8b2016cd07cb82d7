package dev.parley.protocol.ws;

/**
 * {@code appearance.changed}: an admin changed the theme or features of {@code clientType}
 * (everything stored is now at {@code version}); sent to every connection. Clients of that type
 * fetch {@code /chat/config} again and apply its new {@code theme} and {@code features}.
 */
public record AppearanceChangedEvent(String type, long version, String clientType) implements ServerFrame {
    public static final String TYPE = "appearance.changed";

    public AppearanceChangedEvent(long version, String clientType) {
        this(TYPE, version, clientType);
    }
}
