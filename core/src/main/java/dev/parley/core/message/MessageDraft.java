package dev.parley.core.message;

import java.util.List;

/** What a client sends to post a message. */
public record MessageDraft(String text, String clientId, String parentId, List<Attachment> attachments) {
}
