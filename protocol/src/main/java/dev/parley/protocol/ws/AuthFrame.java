package dev.parley.protocol.ws;

import java.util.Map;

/** {@code auth}: the first frame; {@code rooms} (with {@code changes}) optionally asks for a sync at once. */
public record AuthFrame(String type, String ref, String token, Map<String, Long> rooms, Map<String, Long> changes)
        implements ClientFrame {
    public static final String TYPE = "auth";
}
