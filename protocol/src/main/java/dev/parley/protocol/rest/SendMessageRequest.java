package dev.parley.protocol.rest;

import dev.parley.protocol.model.Attachment;
import java.util.List;

/** {@code POST /v1/rooms/{roomId}/messages}; {@code streaming: true} starts a reply its author streams. */
public record SendMessageRequest(String text, String clientId, String parentId, List<Attachment> attachments,
        Boolean streaming) {

    public SendMessageRequest(String text, String clientId, String parentId, List<Attachment> attachments) {
        this(text, clientId, parentId, attachments, null);
    }
}
