package dev.parley.core.admin;

import dev.parley.core.message.Message;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** What app admins look up across the whole app: rooms, messages and the dashboard's counts. */
public interface AdminRepository {
    /** Rooms matching {@code query}, by folded name then id. */
    List<Room> rooms(RoomQuery query);

    /** Messages (not deleted ones) matching {@code query}, newest first (by creation time, then id). */
    List<Message> messages(MessageQuery query);

    /** The messages among {@code ids} that exist, in any room, deleted or not. */
    List<Message> messagesById(Collection<UUID> ids);

    /** How many users, active users and rooms there are, and messages created at or after {@code since}. */
    Counts counts(Instant since);

    /**
     * A room search: {@code nameContains} (folded; empty: any name), {@code type} and
     * {@code memberId} (null: any), {@code limit} rooms after {@code after} (null: from the start).
     */
    record RoomQuery(String nameContains, RoomType type, String memberId, RoomPosition after, int limit) {
    }

    /** A room's place in the admin room list. */
    record RoomPosition(String foldedName, UUID id) {
    }

    /**
     * A message search: any of room, author, text (folded; a case-insensitive substring), and
     * creation time ({@code from} inclusive, {@code to} exclusive), {@code limit} messages older
     * than {@code before} (null: the newest).
     */
    record MessageQuery(UUID roomId, String userId, String textContains, Instant from, Instant to,
            MessagePosition before, int limit) {
    }

    /** A message's place in the newest-first list. */
    record MessagePosition(Instant createdAt, UUID id) {
    }

    record Counts(long users, long activeUsers, long rooms, long messagesSince) {
    }
}
