package dev.parley.protocol.model;

import java.util.UUID;

/** How far a member has read a room, and what is left unread. */
public record ReadMark(UUID roomId, String userId, long lastReadSeq, long lastSeq, long unreadCount) {
}
