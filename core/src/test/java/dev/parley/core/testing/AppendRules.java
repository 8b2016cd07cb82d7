package dev.parley.core.testing;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.message.Append;
import dev.parley.core.message.Message;
import dev.parley.core.room.Member;
import dev.parley.core.room.Room;
import dev.parley.core.testing.Tables.ClientKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What storing a batch of appends does, the rules the JDBC store runs as SQL in
 * {@code BatchAppender}, here as plain code over the in-memory tables:
 * <ol>
 * <li>an append whose {@code (userId, clientId)} is stored — or appears earlier in the batch —
 * is answered with the original message, {@code created == false} (client ids are per user,
 * across rooms; absent client ids never collide);</li>
 * <li>an append to a room that does not exist fails alone with {@code room_not_found};</li>
 * <li>the others get the room's next seqs in batch order; the room's last seq follows, and its
 * last activity moves to the newest message (never back);</li>
 * <li>own messages count as read: the sender's read mark moves up to their message, never
 * back;</li>
 * <li>a message in a direct room shows the room again to a member who had hidden it;</li>
 * <li>a streaming message opens its stream, touched at its creation.</li>
 * </ol>
 * Runs inside the caller's unit of work: a broken foreign key (an unknown user) throws, and the
 * whole batch is rolled back.
 */
final class AppendRules {
    private AppendRules() {
    }

    /** One outcome per append, in order. */
    static List<LogOutcome> append(Tables tables, List<Append> appends) {
        LogOutcome[] outcomes = new LogOutcome[appends.size()];
        Map<ClientKey, Integer> firstInBatch = new HashMap<>();
        for (int i = 0; i < appends.size(); i++) {
            Append append = appends.get(i);
            ClientKey key = append.clientId() == null ? null : new ClientKey(append.userId(), append.clientId());
            if (key != null && tables.clientIds.contains(key)) {
                outcomes[i] = LogOutcome.retried(tables.message(tables.clientIds.find(key).orElseThrow()).orElseThrow());
            } else if (key != null && firstInBatch.containsKey(key)) {
                outcomes[i] = outcomes[firstInBatch.get(key)].asRetry();
            } else {
                if (key != null) {
                    firstInBatch.put(key, i);
                }
                outcomes[i] = store(tables, append);
            }
        }
        return List.of(outcomes);
    }

    private static LogOutcome store(Tables tables, Append append) {
        Room room = tables.room(append.roomId()).orElse(null);
        if (room == null) {
            return LogOutcome.failed(new ParleyException(ErrorCode.ROOM_NOT_FOUND, "no such room"));
        }
        long seq = room.lastSeq() + 1;
        Instant createdAt = Micros.of(append.createdAt());
        Message message = new Message(append.id(), room.id(), seq, append.userId(), append.text(), append.parentId(),
                append.attachments() == null ? List.of() : List.copyOf(append.attachments()), append.clientId(),
                createdAt, null, null, List.of(), append.streaming() ? Boolean.TRUE : null, append.mentions(),
                append.call());
        tables.insertMessage(message);
        if (append.streaming()) {
            tables.streams.insert(message.id(), new Tables.StreamRow(message.id(), room.id(), createdAt));
        }
        Instant activity = room.lastActivityAt().isAfter(createdAt) ? room.lastActivityAt() : createdAt;
        tables.updateRoom(room.id(), r -> InMemoryRooms.withActivity(r, seq, activity));
        InMemoryMembers members = new InMemoryMembers(tables);
        members.advanceReadMark(room.id(), append.userId(), seq);
        if (append.directRoom()) {
            for (Member hidden : tables.members.rows(m -> m.roomId().equals(room.id()) && m.hidden())) {
                members.setHidden(room.id(), hidden.userId(), false);
            }
        }
        return LogOutcome.created(message);
    }
}
