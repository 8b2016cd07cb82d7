package dev.parley.core.message;

import dev.parley.core.error.Constraints;
import dev.parley.core.error.ParleyException;
import java.util.List;

/** Checks the attachments of a draft: a bounded list of uploads (by fileId) or files referenced by URL. */
final class Attachments {
    private Attachments() {
    }

    static List<Attachment> check(List<Attachment> attachments, int max) {
        if (attachments == null) {
            return List.of();
        }
        if (attachments.size() > max) {
            throw ParleyException.invalid("attachments takes at most " + max + " items");
        }
        List<Attachment> checked = new java.util.ArrayList<>(attachments.size());
        for (Attachment attachment : attachments) {
            if (attachment == null) {
                throw ParleyException.invalid("attachments[] must be objects");
            }
            if (attachment.fileId() != null) {
                checked.add(Attachment.ofUpload(attachment.fileId()));
                continue;
            }
            if (attachment.url() == null) {
                throw ParleyException.invalid("attachments[] needs a fileId (an upload) or a url");
            }
            Constraints.checkUrl("attachments[].url", attachment.url());
            Constraints.checkOptionalText("attachments[].type", attachment.type(), 32);
            Constraints.checkOptionalText("attachments[].name", attachment.name(), 255);
            Constraints.checkOptionalText("attachments[].mimeType", attachment.mimeType(), 255);
            if (attachment.size() != null) {
                Constraints.checkNonNegative("attachments[].size", attachment.size());
            }
            checked.add(new Attachment(attachment.type(), attachment.url(), attachment.name(), attachment.mimeType(),
                    attachment.size()));
        }
        return List.copyOf(checked);
    }
}
