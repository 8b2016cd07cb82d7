package dev.parley.protocol.ws;

import dev.parley.protocol.model.RawJson;

/**
 * {@code call.signal} from a client: a WebRTC {@code offer}, {@code answer} or {@code candidate}
 * ({@code payload}, any JSON) for one session of another participant of the call.
 */
public record CallSignalFrame(String type, String ref, String callId, String toSessionId, String kind,
        RawJson payload) implements ClientFrame {
    public static final String TYPE = "call.signal";
}
