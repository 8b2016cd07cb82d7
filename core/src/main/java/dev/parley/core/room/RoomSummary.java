package dev.parley.core.room;

import dev.parley.core.message.Message;

/** A room as one member sees it in their room list. */
public record RoomSummary(Room room, MemberRole role, long lastReadSeq, long unreadCount, Message lastMessage) {
}
