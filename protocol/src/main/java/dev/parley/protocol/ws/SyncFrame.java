package dev.parley.protocol.ws;

import java.util.Map;

/** {@code sync}: the last seq held per room; the server replays what is missing. */
public record SyncFrame(String type, String ref, Map<String, Long> rooms) implements ClientFrame {
    public static final String TYPE = "sync";
}
