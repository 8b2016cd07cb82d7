package dev.parley.core.room;

import dev.parley.core.message.Message;
import dev.parley.core.user.UserCard;

/**
 * A room as one member sees it in their room list. {@code peer} is the other member of a
 * direct room (a direct room has no name of its own), null for other rooms.
 */
public record RoomSummary(Room room, MemberRole role, long lastReadSeq, long unreadCount, Message lastMessage,
        UserCard peer) {

    /** This summary with the room at the positions a change was made at. */
    public RoomSummary at(long lastSeq, long lastChange) {
        return new RoomSummary(room.at(lastSeq, lastChange), role, lastReadSeq, unreadCount, lastMessage, peer);
    }
}
