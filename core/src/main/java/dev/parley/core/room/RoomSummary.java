package dev.parley.core.room;

import dev.parley.core.message.Message;
import dev.parley.core.user.UserCard;

/**
 * A room as one member sees it in their room list. {@code peer} is the other member of a
 * direct room (a direct room has no name of its own), null for other rooms.
 * {@code mentionCount} counts the messages above the read mark that mention the member (by
 * name or {@code @all}); {@code muted} is the member's own choice that the room does not notify.
 */
public record RoomSummary(Room room, MemberRole role, long lastReadSeq, long unreadCount, Message lastMessage,
        UserCard peer, long mentionCount, boolean muted) {

    /** This summary with the room at the positions a change was made at. */
    public RoomSummary at(long lastSeq, long lastChange) {
        return new RoomSummary(room.at(lastSeq, lastChange), role, lastReadSeq, unreadCount, lastMessage, peer,
                mentionCount, muted);
    }

    public RoomSummary withLastMessage(Message message) {
        return new RoomSummary(room, role, lastReadSeq, unreadCount, message, peer, mentionCount, muted);
    }
}
