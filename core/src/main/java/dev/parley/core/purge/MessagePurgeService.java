package dev.parley.core.purge;

import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Admins;
import dev.parley.core.error.Constraints;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.id.Uuids;
import dev.parley.core.message.Message;
import dev.parley.core.message.Tombstones;
import dev.parley.core.room.Room;
import dev.parley.core.store.Transactor;
import dev.parley.core.store.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Deleting every message of a user, in one room or everywhere (app admins only): tombstones, each
 * told to its room as {@code message.deleted}, in batches of {@link #BATCH} — each batch one
 * transaction with its audit entry ({@code user.delete_messages}), so a long purge never holds
 * one huge transaction and what is done stays done.
 */
public final class MessagePurgeService {
    static final int BATCH = 100;

    private final Transactor store;
    private final AuditTrail audit;
    private final Clock clock;

    public MessagePurgeService(Transactor store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Deletes the user's messages in {@code roomId} (null: in every room); answers how many. */
    public long deleteAllOf(Actor actor, String userId, String roomId) {
        Admins.check(actor, "delete all of a user's messages");
        Constraints.checkUserId("userId", userId);
        UUID room = roomId == null || roomId.isEmpty() ? null : Uuids.parse("roomId", roomId);
        store.requireDelivery();
        store.read(repos -> {
            repos.users().find(userId).orElseThrow(() -> new ParleyException(ErrorCode.USER_NOT_FOUND,
                    "no user " + userId));
            if (room != null && repos.rooms().find(room).isEmpty()) {
                throw new ParleyException(ErrorCode.ROOM_NOT_FOUND, "no such room");
            }
            return null;
        });
        long deleted = 0;
        while (true) {
            int batch = store.write(repos -> deleteBatch(repos, actor, userId, room));
            deleted += batch;
            if (batch < BATCH) {
                return deleted;
            }
        }
    }

    private int deleteBatch(UnitOfWork repos, Actor actor, String userId, UUID room) {
        List<Message> messages = repos.messages().liveOf(userId, room, BATCH);
        if (messages.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<UUID, Long> lastSeqs = new HashMap<>();
        for (Message message : messages) {
            long lastSeq = lastSeqs.computeIfAbsent(message.roomId(),
                    id -> repos.rooms().find(id).map(Room::lastSeq).orElse(message.seq()));
            Tombstones.delete(repos, message, lastSeq, now);
        }
        audit.write(repos, actor, "user.delete_messages", "user", userId, null,
                messages.size() + " message(s) deleted " + (room == null ? "in every room" : "in room " + room));
        return messages.size();
    }
}
