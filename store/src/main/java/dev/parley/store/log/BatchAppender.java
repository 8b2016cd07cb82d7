package dev.parley.store.log;

import dev.parley.store.jdbc.Dialect;
import dev.parley.store.jdbc.MentionRows;
import dev.parley.store.jdbc.MessageRows;
import dev.parley.store.jdbc.SqlValues;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.message.Append;
import dev.parley.core.message.Attachment;
import dev.parley.core.message.Message;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Stores a batch of appends inside the caller's open transaction:
 * <ol>
 * <li>appends whose {@code (userId, clientId)} is already stored — or appears earlier in the
 * same batch — are answered with the original message, {@code created == false};</li>
 * <li>each room of the rest moves its {@code last_seq} forward by its number of new messages
 * (and its {@code last_message_seq} with it, and its last activity to the newest of them) in one {@code UPDATE} per room, which takes
 * the room's row lock — rooms in id order, so that writers on several nodes cannot deadlock —
 * and the appends get the seqs so reserved, in batch order; appends to rooms that do not exist
 * fail alone with {@code room_not_found};</li>
 * <li>the messages are inserted in one JDBC batch (and their mention rows in another), each sender's read mark moves up to their
 * message (never back), and the hidden members of direct rooms that got a message see the
 * room again.</li>
 * </ol>
 * Every statement's text is fixed (the rooms arrive as one array), so the database parses
 * each once per connection, not once per batch.
 */
public final class BatchAppender {
    private static final String INSERT = """
            INSERT INTO messages (room_id, seq, id, user_id, text, parent_id, attachments, client_id, created_at,
                                  streaming, mentions, mentions_all, call_id, call_outcome, call_duration_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String OPEN_STREAM =
            "INSERT INTO message_streams (message_id, room_id, touched_at) VALUES (?, ?, ?)";
    /** Moves the room's last seq, and its latest existing message with it (both from the old last seq). */
    private static final String RESERVE_SEQS = "UPDATE rooms SET last_seq = last_seq + ?, last_message_seq = last_seq + ?,"
            + " last_activity_at = GREATEST(last_activity_at, ?) WHERE id = ?";
    private static final String LAST_SEQS = "SELECT id, last_seq FROM rooms WHERE id = ANY(?)";
    private static final String ADVANCE_READ_MARK =
            "UPDATE members SET last_read_seq = ? WHERE room_id = ? AND user_id = ? AND last_read_seq < ?";
    private static final String UNHIDE = "UPDATE members SET hidden = FALSE WHERE room_id = ? AND hidden = TRUE";

    private record ClientKey(String userId, String clientId) {
        public static ClientKey of(Append append) {
            return append.clientId() == null ? null : new ClientKey(append.userId(), append.clientId());
        }
    }

    private final MessageRows rows;
    private final String findByClientKeys;

    public BatchAppender(Dialect dialect, MessageRows rows) {
        this.rows = rows;
        this.findByClientKeys = "SELECT " + MessageRows.COLUMNS.select("m") + " FROM " + dialect.messagesByClientKeys();
    }

    /** One outcome per append, in order. */
    public List<AppendOutcome> append(Connection connection, List<Append> appends) throws SQLException {
        AppendOutcome[] outcomes = new AppendOutcome[appends.size()];
        Map<Integer, Integer> repeats = answerRetries(connection, appends, outcomes);
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < appends.size(); i++) {
            if (outcomes[i] == null && !repeats.containsKey(i)) {
                fresh.add(i);
            }
        }
        Map<UUID, Long> lastSeqs = reserveSeqs(connection, fresh.stream().map(appends::get).toList());
        List<Message> created = new ArrayList<>();
        Set<UUID> directRooms = new LinkedHashSet<>();
        for (int i : fresh) {
            Append append = appends.get(i);
            Long lastSeq = lastSeqs.get(append.roomId());
            if (lastSeq == null) {
                outcomes[i] = AppendOutcome.failed(new ParleyException(ErrorCode.ROOM_NOT_FOUND, "no such room"));
                continue;
            }
            lastSeqs.put(append.roomId(), lastSeq + 1);
            Message message = message(append, lastSeq + 1);
            created.add(message);
            outcomes[i] = AppendOutcome.created(message);
            if (append.directRoom()) {
                directRooms.add(append.roomId());
            }
        }
        store(connection, created, directRooms);
        repeats.forEach((repeat, first) -> outcomes[repeat] = outcomes[first].asRetry());
        return List.of(outcomes);
    }

    private void store(Connection connection, List<Message> created, Set<UUID> directRooms) throws SQLException {
        if (created.isEmpty()) {
            return;
        }
        insert(connection, created);
        openStreams(connection, created);
        MentionRows.insert(connection, created);
        advanceReadMarks(connection, created);
        unhide(connection, directRooms);
    }

    /**
     * Fills in the outcome of appends whose client id is already stored; returns, for each
     * later append repeating an earlier one's client id in this batch, the earlier index.
     */
    private Map<Integer, Integer> answerRetries(Connection connection, List<Append> appends, AppendOutcome[] outcomes)
            throws SQLException {
        Map<ClientKey, Message> stored = findStored(connection, appends);
        Map<ClientKey, Integer> firstInBatch = new HashMap<>();
        Map<Integer, Integer> repeats = new HashMap<>();
        for (int i = 0; i < appends.size(); i++) {
            ClientKey key = ClientKey.of(appends.get(i));
            if (key == null) {
                continue;
            }
            Message original = stored.get(key);
            if (original != null) {
                outcomes[i] = AppendOutcome.retried(original);
            } else {
                Integer first = firstInBatch.putIfAbsent(key, i);
                if (first != null) {
                    repeats.put(i, first);
                }
            }
        }
        return repeats;
    }

    /**
     * The stored messages with the client ids of the batch, in one query: the keys arrive as
     * two arrays, and each is one lookup in the {@code (user_id, client_id)} index (see
     * {@link Dialect#messagesByClientKeys()}).
     */
    private Map<ClientKey, Message> findStored(Connection connection, List<Append> appends) throws SQLException {
        Set<ClientKey> keys = new LinkedHashSet<>();
        for (Append append : appends) {
            if (append.clientId() != null) {
                keys.add(ClientKey.of(append));
            }
        }
        Map<ClientKey, Message> stored = new HashMap<>();
        if (keys.isEmpty()) {
            return stored;
        }
        try (PreparedStatement statement = connection.prepareStatement(findByClientKeys)) {
            statement.setArray(1, connection.createArrayOf("VARCHAR",
                    keys.stream().map(ClientKey::userId).toArray()));
            statement.setArray(2, connection.createArrayOf("VARCHAR",
                    keys.stream().map(ClientKey::clientId).toArray()));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Message message = rows.read(result, "m");
                    stored.put(new ClientKey(message.userId(), message.clientId()), message);
                }
            }
        }
        return stored;
    }

    /**
     * Moves each room's {@code last_seq} past the appends to it, locking the rooms' rows in id
     * order; returns, for each room that exists, its last seq before these appends.
     */
    private static Map<UUID, Long> reserveSeqs(Connection connection, List<Append> appends) throws SQLException {
        record Reservation(int count, Instant latest) {
            Reservation plus(Reservation other) {
                return new Reservation(count + other.count, latest.isAfter(other.latest) ? latest : other.latest);
            }
        }
        // String order of the canonical form is PostgreSQL's (byte-wise) uuid order.
        Map<UUID, Reservation> rooms = new TreeMap<>(Comparator.comparing(UUID::toString));
        for (Append append : appends) {
            rooms.merge(append.roomId(), new Reservation(1, SqlValues.stored(append.createdAt())), Reservation::plus);
        }
        Map<UUID, Long> lastSeqs = new HashMap<>();
        if (rooms.isEmpty()) {
            return lastSeqs;
        }
        try (PreparedStatement statement = connection.prepareStatement(RESERVE_SEQS)) {
            for (Map.Entry<UUID, Reservation> room : rooms.entrySet()) {
                SqlValues.bindAll(statement, room.getValue().count(), room.getValue().count(), room.getValue().latest(),
                        room.getKey());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        try (PreparedStatement statement = connection.prepareStatement(LAST_SEQS)) {
            statement.setArray(1, connection.createArrayOf("UUID", rooms.keySet().toArray()));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    UUID id = SqlValues.uuid(result, "id");
                    lastSeqs.put(id, result.getLong("last_seq") - rooms.get(id).count());
                }
            }
        }
        return lastSeqs;
    }

    private Message message(Append append, long seq) {
        List<Attachment> attachments =
                append.attachments() == null ? List.of() : List.copyOf(append.attachments());
        return new Message(append.id(), append.roomId(), seq, append.userId(), append.text(), append.parentId(),
                attachments, append.clientId(), SqlValues.stored(append.createdAt()), null, null, List.of(),
                append.streaming() ? Boolean.TRUE : null, append.mentions(), append.call());
    }

    private void insert(Connection connection, List<Message> messages) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            for (Message m : messages) {
                SqlValues.bindAll(statement, m.roomId(), m.seq(), m.id(), m.userId(), m.text(), m.parentId(),
                        rows.attachments().write(m.attachments()), m.clientId(), m.createdAt(), m.streaming(),
                        MessageRows.mentionsColumn(m.mentions()), m.mentions().all(),

                        m.call() == null ? null : m.call().callId(), m.call() == null ? null : m.call().outcome(),
                        m.call() == null ? null : m.call().durationMs());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** A streaming message opens its stream, touched now (ordinary messages skip this). */
    private static void openStreams(Connection connection, List<Message> messages) throws SQLException {
        List<Message> streaming = messages.stream().filter(Message::isStreaming).toList();
        if (streaming.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(OPEN_STREAM)) {
            for (Message m : streaming) {
                SqlValues.bindAll(statement, m.id(), m.roomId(), m.createdAt());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Own messages count as read: the sender's mark moves to their newest message of the batch. */
    private static void advanceReadMarks(Connection connection, List<Message> messages) throws SQLException {
        record Reader(UUID roomId, String userId) {
        }
        Map<Reader, Long> marks = new LinkedHashMap<>();
        for (Message m : messages) {
            marks.merge(new Reader(m.roomId(), m.userId()), m.seq(), Math::max);
        }
        try (PreparedStatement statement = connection.prepareStatement(ADVANCE_READ_MARK)) {
            for (Map.Entry<Reader, Long> mark : marks.entrySet()) {
                SqlValues.bindAll(statement, mark.getValue(), mark.getKey().roomId(), mark.getKey().userId(),
                        mark.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void unhide(Connection connection, Set<UUID> directRooms) throws SQLException {
        if (directRooms.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(UNHIDE)) {
            for (UUID roomId : directRooms) {
                SqlValues.bind(statement, 1, roomId);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
