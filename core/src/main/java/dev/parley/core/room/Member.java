package dev.parley.core.room;

import java.time.Instant;
import java.util.UUID;

/**
 * A user's membership of a room. {@code hidden} is set when a member leaves a direct room:
 * the room disappears from their list until the next message. {@code silence} is a moderator's
 * mute of the member (null: none), kept on the membership so the send path needs no other read.
 */
public record Member(UUID roomId, String userId, MemberRole role, long lastReadSeq, boolean hidden, Instant joinedAt,
        Silence silence) {

    /** A membership nobody has muted. */
    public Member(UUID roomId, String userId, MemberRole role, long lastReadSeq, boolean hidden, Instant joinedAt) {
        this(roomId, userId, role, lastReadSeq, hidden, joinedAt, null);
    }

    public Member withRole(MemberRole newRole) {
        return new Member(roomId, userId, newRole, lastReadSeq, hidden, joinedAt, silence);
    }

    public Member withHidden(boolean newHidden) {
        return new Member(roomId, userId, role, lastReadSeq, newHidden, joinedAt, silence);
    }

    public Member withSilence(Silence newSilence) {
        return new Member(roomId, userId, role, lastReadSeq, hidden, joinedAt, newSilence);
    }

    /** Whether a moderator's mute holds at {@code now}. */
    public boolean silencedAt(Instant now) {
        return Silence.holds(silence, now);
    }
}
