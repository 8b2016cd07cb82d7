package dev.parley.protocol.ws;

import java.util.Map;

/**
 * {@code sync}: the last seq held per room, and — optional — the last change held per room
 * ({@code changes}); the server replays what is missing: new messages, and for the rooms in
 * {@code changes} every other change too, in the room's order.
 */
public record SyncFrame(String type, String ref, Map<String, Long> rooms, Map<String, Long> changes)
        implements ClientFrame {
    public static final String TYPE = "sync";
}
