package dev.parley.protocol.ws;

import dev.parley.protocol.model.Attachment;
import java.util.List;

/**
 * {@code message.send}: the same send as {@code POST /v1/rooms/{roomId}/messages};
 * {@code streaming: true} starts a reply its author then grows with {@code …/stream} appends.
 */
public record SendFrame(String type, String ref, String roomId, String text, String clientId, String parentId,
        List<Attachment> attachments, Boolean streaming) implements ClientFrame {
    public static final String TYPE = "message.send";

    public SendFrame(String type, String ref, String roomId, String text, String clientId, String parentId,
            List<Attachment> attachments) {
        this(type, ref, roomId, text, clientId, parentId, attachments, null);
    }
}
