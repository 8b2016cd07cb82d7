package dev.parley.protocol.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored message; a deleted one is a tombstone (empty {@code text}, {@code deletedAt} set). Nulls are omitted:
 * {@code mentions} (the user ids of members the text mentions) only when there are some, {@code mentionsAll}
 * ({@code @all} / {@code @here}) only when true.
 */
public record Message(UUID id, UUID roomId, long seq, String userId, String text, UUID parentId,
        List<Attachment> attachments, String clientId, Instant createdAt, Instant editedAt, Instant deletedAt,
        List<Reaction> reactions, List<String> mentions, Boolean mentionsAll) {
}
