package dev.parley.core.message;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.file.StoredFile;
import dev.parley.core.id.Uuids;
import dev.parley.core.store.Repositories;
import dev.parley.core.store.Transactor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Uploads attached to a message. A send resolves each {@code fileId} to an upload of the
 * sender in the room, claims the files for the new message's id before the message is
 * stored, and settles the claim once it is: a claim whose message never got stored is taken
 * over by the next send, and the sweeper never removes a file whose message exists.
 */
final class FileClaims {
    /** The attachments to store, and the uploads the new message must claim. */
    record Resolved(List<Attachment> attachments, List<UUID> toClaim) {
    }

    private FileClaims() {
    }

    static Resolved resolve(Repositories repos, Actor actor, UUID roomId, List<Attachment> attachments, String clientId) {
        List<Attachment> resolved = new ArrayList<>(attachments.size());
        List<UUID> toClaim = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Attachment attachment : attachments) {
            if (attachment.fileId() == null) {
                resolved.add(attachment);
                continue;
            }
            UUID id = Uuids.parse("attachments[].fileId", attachment.fileId());
            if (!seen.add(id)) {
                throw ParleyException.invalid("attachments names the file " + id + " twice");
            }
            StoredFile file = repos.files().find(id)
                    .filter(f -> f.roomId().equals(roomId) && f.uploaderId().equals(actor.userId()))
                    .orElseThrow(() -> new ParleyException(ErrorCode.FILE_NOT_FOUND,
                            "attachments[].fileId " + id + " names no upload of yours in this room"));
            if (!claimedByRetry(repos, file, actor, clientId)) {
                toClaim.add(id);
            }
            resolved.add(AttachedFile.of(file));
        }
        return new Resolved(List.copyOf(resolved), List.copyOf(toClaim));
    }

    /**
     * True when the file already belongs to the message this send retries; a file of another
     * stored message cannot be attached again.
     */
    private static boolean claimedByRetry(Repositories repos, StoredFile file, Actor actor, String clientId) {
        if (file.messageId() == null) {
            return false;
        }
        var claimant = repos.messages().find(file.roomId(), file.messageId());
        if (claimant.isEmpty()) {
            return false;
        }
        Message message = claimant.get();
        if (clientId != null && message.userId().equals(actor.userId()) && Objects.equals(message.clientId(), clientId)) {
            return true;
        }
        throw new ParleyException(ErrorCode.FILE_ALREADY_ATTACHED,
                "the file " + file.id() + " is already attached to another message");
    }

    /** True when a draft's attachments name at least one upload (to be claimed in a writing unit of work). */
    static boolean namesUploads(List<Attachment> attachments) {
        return attachments.stream().anyMatch(attachment -> attachment.fileId() != null);
    }

    static void claim(Repositories repos, List<UUID> fileIds, UUID messageId) {
        if (!fileIds.isEmpty()) {
            repos.files().claim(fileIds, messageId);
        }
    }

    /** After the send: the claim moves to the message actually stored (the original, for a retry). */
    static Posted settle(Transactor store, Append append, Resolved files, Posted posted) {
        if (files.toClaim().isEmpty()) {
            return posted;
        }
        UUID stored = posted.message().id();
        store.write(repos -> {
            if (!stored.equals(append.id())) {
                repos.files().moveClaims(append.id(), stored);
            }
            repos.files().keep(stored);
            return null;
        });
        return posted;
    }
}
