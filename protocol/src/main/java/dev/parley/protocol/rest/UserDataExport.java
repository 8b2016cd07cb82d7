package dev.parley.protocol.rest;

import dev.parley.protocol.model.User;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /v1/admin/users/{userId}/export}: everything Parley holds about a user — profile
 * and app role, whether they have a local password (never its hash), their rooms with their read
 * marks, the messages they wrote (text absent once deleted), their reactions, the files they
 * uploaded (descriptions, not bytes), the messages they reported and the invitations they sent
 * or received.
 */
public record UserDataExport(Instant exportedAt, User profile, boolean hasLocalPassword,
        List<Membership> memberships, List<Message> messages, List<Reaction> reactions, List<File> files,
        List<Flag> flags, List<Invitation> invitations) {

    public record Membership(UUID roomId, String role, long lastReadSeq, boolean hidden, boolean muted,
            Instant joinedAt) {
    }

    public record Message(UUID id, UUID roomId, long seq, String text, UUID parentId, Instant createdAt,
            Instant editedAt, Instant deletedAt) {
    }

    public record Reaction(UUID roomId, UUID messageId, String emoji, Instant createdAt) {
    }

    public record File(UUID id, UUID roomId, UUID messageId, String name, long size, String mimeType, String kind,
            Instant createdAt) {
    }

    public record Flag(UUID id, UUID roomId, UUID messageId, String reason, String status, Instant createdAt) {
    }

    public record Invitation(UUID id, UUID roomId, String inviterId, String inviteeId, String status,
            Instant createdAt, Instant answeredAt) {
    }
}
