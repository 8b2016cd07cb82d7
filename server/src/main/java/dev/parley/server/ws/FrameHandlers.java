package dev.parley.server.ws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.error.ParleyException;
import java.util.HashMap;
import java.util.Map;

/**
 * The client frames a session understands once authenticated, by {@code type}, and the one
 * place that turns a failed frame into an {@code error} frame. One frame at a time per session.
 */
final class FrameHandlers {
    private static final int MAX_REF = 64;

    private final Map<String, FrameHandler> byType = new HashMap<>();
    private final Replies replies;

    FrameHandlers(Replies replies) {
        this.replies = replies;
    }

    FrameHandlers register(String type, FrameHandler handler) {
        if (byType.putIfAbsent(type, handler) != null) {
            throw new IllegalStateException("two handlers for the frame type " + type);
        }
        return this;
    }

    /** @param type null when the frame is not a JSON object with a string {@code type} */
    void dispatch(WsSession session, String type, JsonNode frame) throws InterruptedException {
        String ref;
        try {
            ref = ref(frame);
        } catch (ParleyException e) {
            replies.error(session, null, e);
            return;
        }
        if (type == null) {
            replies.error(session, ref, "malformed_frame", "a frame is a JSON object with a \"type\"");
            return;
        }
        FrameHandler handler = byType.get(type);
        if (handler == null) {
            replies.error(session, ref, "unknown_type", "unknown frame type '" + type + "'");
            return;
        }
        try {
            handler.handle(session, new ClientFrame(type, ref, frame));
        } catch (ParleyException e) {
            replies.error(session, ref, e);
        }
    }

    /** The frame's {@code ref} (null when absent); a ref that is not a string of 1-64 characters is refused. */
    static String ref(JsonNode frame) {
        JsonNode ref = frame == null ? null : frame.get("ref");
        if (ref == null || ref.isNull()) {
            return null;
        }
        if (!ref.isTextual() || ref.asText().isEmpty() || ref.asText().length() > MAX_REF) {
            throw ParleyException.invalid("ref must be a string of 1-" + MAX_REF + " characters");
        }
        return ref.asText();
    }
}
