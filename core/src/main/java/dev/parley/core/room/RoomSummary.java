package dev.parley.core.room;

import dev.parley.core.message.Message;
import dev.parley.core.user.UserCard;

/**
 * A room as one member sees it in their room list. {@code peer} is the other member of a
 * direct room (a direct room has no name of its own), null for other rooms.
 * {@code mentionCount} counts the messages above the read mark that mention the member (by
 * name or {@code @all}); {@code muted} is the member's own choice that the room does not notify;
 * {@code silence} a moderator's mute of the member (null: none).
 */
public record RoomSummary(Room room, MemberRole role, long lastReadSeq, long unreadCount, Message lastMessage,
        UserCard peer, long mentionCount, boolean muted, Silence silence) {

    /** A summary of a member nobody muted. */
    public RoomSummary(Room room, MemberRole role, long lastReadSeq, long unreadCount, Message lastMessage,
            UserCard peer, long mentionCount, boolean muted) {
        this(room, role, lastReadSeq, unreadCount, lastMessage, peer, mentionCount, muted, null);
    }

    /** This summary with the room at the positions a change was made at. */
    public RoomSummary at(long lastSeq, long lastChange) {
        return new RoomSummary(room.at(lastSeq, lastChange), role, lastReadSeq, unreadCount, lastMessage, peer,
                mentionCount, muted, silence);
    }

    /** This summary without a moderator's mute that has ended by {@code now}. */
    public RoomSummary asOf(java.time.Instant now) {
        return silence == null || silence.activeAt(now) ? this
                : new RoomSummary(room, role, lastReadSeq, unreadCount, lastMessage, peer, mentionCount, muted, null);
    }

    public RoomSummary withLastMessage(Message message) {
        return new RoomSummary(room, role, lastReadSeq, unreadCount, message, peer, mentionCount, muted, silence);
    }
}
