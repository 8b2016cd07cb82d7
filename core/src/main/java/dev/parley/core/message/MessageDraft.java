package dev.parley.core.message;

import java.util.List;

/** What a client sends to post a message; a {@code streaming} one is then grown by its author's appends. */
public record MessageDraft(String text, String clientId, String parentId, List<Attachment> attachments,
        boolean streaming) {

    public MessageDraft(String text, String clientId, String parentId, List<Attachment> attachments) {
        this(text, clientId, parentId, attachments, false);
    }
}
