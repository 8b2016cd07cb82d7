package dev.parley.core.erase;

import dev.parley.core.user.User;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything Parley holds about one user, for their data export: their profile, their rooms
 * (with their read marks), what they wrote, reacted, uploaded and reported, and the invitations
 * they sent or received. Never a password hash nor a token.
 */
public record UserData(User profile, boolean hasLocalPassword, Instant exportedAt, List<Membership> memberships,
        List<WrittenMessage> messages, List<Reaction> reactions, List<UploadedFile> files, List<FiledFlag> flags,
        List<Invitation> invitations) {

    /** A room the user is in, their role there and how far they have read. */
    public record Membership(UUID roomId, String role, long lastReadSeq, boolean hidden, boolean muted,
            Instant joinedAt) {
    }

    /** A message the user wrote; text null once deleted. */
    public record WrittenMessage(UUID id, UUID roomId, long seq, String text, UUID parentId, Instant createdAt,
            Instant editedAt, Instant deletedAt) {
    }

    public record Reaction(UUID roomId, UUID messageId, String emoji, Instant createdAt) {
    }

    /** A file the user uploaded (its description, not its bytes). */
    public record UploadedFile(UUID id, UUID roomId, UUID messageId, String name, long size, String mimeType,
            String kind, Instant createdAt) {
    }

    /** A message the user reported to the moderators. */
    public record FiledFlag(UUID id, UUID roomId, UUID messageId, String reason, String status, Instant createdAt) {
    }

    /** An invitation the user sent or received. */
    public record Invitation(UUID id, UUID roomId, String inviterId, String inviteeId, String status,
            Instant createdAt, Instant answeredAt) {
    }
}
