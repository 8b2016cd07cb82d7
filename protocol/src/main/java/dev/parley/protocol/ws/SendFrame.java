package dev.parley.protocol.ws;

import dev.parley.protocol.model.Attachment;
import java.util.List;

/** {@code message.send}: the same send as {@code POST /v1/rooms/{roomId}/messages}. */
public record SendFrame(String type, String ref, String roomId, String text, String clientId, String parentId,
        List<Attachment> attachments) implements ClientFrame {
    public static final String TYPE = "message.send";
}
