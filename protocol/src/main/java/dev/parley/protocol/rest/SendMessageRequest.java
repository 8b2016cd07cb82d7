package dev.parley.protocol.rest;

import dev.parley.protocol.model.Attachment;
import java.util.List;

/** {@code POST /v1/rooms/{roomId}/messages}. */
public record SendMessageRequest(String text, String clientId, String parentId, List<Attachment> attachments) {
}
