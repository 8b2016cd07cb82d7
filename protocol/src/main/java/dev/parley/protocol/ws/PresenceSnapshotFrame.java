package dev.parley.protocol.ws;

import java.util.Collection;

/** {@code presence.snapshot}: who of the users sharing a room is online, right after {@code ready}. */
public record PresenceSnapshotFrame(String type, Collection<String> online) implements ServerFrame {
    public static final String TYPE = "presence.snapshot";

    public PresenceSnapshotFrame(Collection<String> online) {
        this(TYPE, online);
    }
}
