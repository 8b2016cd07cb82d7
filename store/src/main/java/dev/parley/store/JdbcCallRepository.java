package dev.parley.store;

import dev.parley.core.call.Call;
import dev.parley.core.call.CallMedia;
import dev.parley.core.call.CallOutcome;
import dev.parley.core.call.CallRepository;
import dev.parley.core.call.CallState;
import dev.parley.core.call.Participant;
import dev.parley.core.call.ParticipantState;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link CallRepository} over {@code calls} and {@code call_participants}, bound to one connection. */
final class JdbcCallRepository implements CallRepository {
    private static final String SELECT = "SELECT id, room_id, initiator_id, media, mode, state, outcome, created_at,"
            + " started_at, ended_at, ring_until, version FROM calls";
    private static final String LIVE = "state <> 'ended'";

    private final Sql sql;

    JdbcCallRepository(Sql sql) {
        this.sql = sql;
    }

    /** Throws {@link dev.parley.core.store.DuplicateKeyException} when the room has a live call already. */
    @Override
    public void insert(Call call) {
        sql.update("INSERT INTO calls (id, room_id, live_room_id, initiator_id, media, mode, state, outcome,"
                        + " created_at, started_at, ended_at, ring_until, version, message_pending)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                call.id(), call.roomId(), call.live() ? call.roomId() : null, call.initiatorId(), name(call.media()),
                name(call.mode()),
                name(call.state()), name(call.outcome()), call.createdAt(), call.startedAt(), call.endedAt(),
                call.ringUntil(), call.version(), !call.live());
        insertParticipants(call);
    }

    @Override
    public boolean update(Call call, int expectedVersion) {
        // Only a live call moves (an ended one never does): ending it leaves its message pending.
        int changed = sql.update("UPDATE calls SET live_room_id = ?, state = ?, outcome = ?, started_at = ?,"
                        + " ended_at = ?, version = ?, message_pending = ? WHERE id = ? AND version = ?",
                call.live() ? call.roomId() : null, name(call.state()), name(call.outcome()), call.startedAt(),
                call.endedAt(), call.version(), !call.live(), call.id(), expectedVersion);
        if (changed == 0) {
            return false;
        }
        sql.update("DELETE FROM call_participants WHERE call_id = ?", call.id());
        insertParticipants(call);
        return true;
    }

    @Override
    public Optional<Call> find(UUID id) {
        return sql.one(SELECT + " WHERE id = ?", this::call, id).map(this::withParticipants);
    }

    @Override
    public Optional<Call> liveInRoom(UUID roomId) {
        return sql.one(SELECT + " WHERE live_room_id = ?", this::call, roomId).map(this::withParticipants);
    }

    @Override
    public List<Call> liveOf(String userId) {
        return sql.list(SELECT + " WHERE " + LIVE + " AND id IN (SELECT call_id FROM call_participants"
                        + " WHERE user_id = ? AND state IN ('ringing', 'joined')) ORDER BY created_at, id",
                this::call, userId).stream().map(this::withParticipants).toList();
    }

    @Override
    public Set<String> inCall(Collection<String> userIds) {
        Set<String> busy = new HashSet<>();
        for (String userId : userIds) {
            sql.one("SELECT p.user_id FROM call_participants p JOIN calls c ON c.id = p.call_id"
                            + " WHERE p.user_id = ? AND p.state = 'joined' AND c.state <> 'ended' FETCH FIRST 1 ROWS ONLY",
                    row -> row.getString(1), userId).ifPresent(busy::add);
        }
        return busy;
    }

    @Override
    public List<UUID> ringingPast(Instant now, int limit) {
        return sql.list("SELECT id FROM calls WHERE " + LIVE + " AND ring_until < ? AND EXISTS (SELECT 1 FROM"
                        + " call_participants p WHERE p.call_id = calls.id AND p.state = 'ringing')"
                        + " ORDER BY ring_until, id FETCH FIRST " + limit + " ROWS ONLY",
                row -> SqlValues.uuid(row, "id"), now);
    }

    @Override
    public List<UUID> endedWithoutMessage(Instant endedBefore, int limit) {
        return sql.list("SELECT id FROM calls WHERE message_pending = TRUE AND ended_at < ?"
                        + " ORDER BY ended_at, id FETCH FIRST " + limit + " ROWS ONLY",
                row -> SqlValues.uuid(row, "id"), endedBefore);
    }

    @Override
    public void messageWritten(UUID callId) {
        sql.update("UPDATE calls SET message_pending = FALSE WHERE id = ?", callId);
    }

    private void insertParticipants(Call call) {
        int position = 0;
        for (Participant p : call.participants()) {
            sql.update("INSERT INTO call_participants (call_id, position, user_id, state, session_id, joined_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", call.id(), position++, p.userId(), name(p.state()), p.sessionId(),
                    p.joinedAt());
        }
    }

    private Call withParticipants(Call call) {
        List<Participant> participants = new ArrayList<>(sql.list("SELECT user_id, state, session_id, joined_at"
                + " FROM call_participants WHERE call_id = ? ORDER BY position", row -> new Participant(
                row.getString("user_id"), enumOf(ParticipantState.class, row.getString("state")),
                row.getString("session_id"), SqlValues.instant(row, "joined_at")), call.id()));
        return new Call(call.id(), call.roomId(), call.initiatorId(), call.media(), call.mode(), call.state(),
                call.outcome(), participants, call.createdAt(), call.startedAt(), call.endedAt(), call.ringUntil(),
                call.version());
    }

    private Call call(ResultSet row) throws SQLException {
        return new Call(SqlValues.uuid(row, "id"), SqlValues.uuid(row, "room_id"), row.getString("initiator_id"),
                enumOf(CallMedia.class, row.getString("media")),
                enumOf(Call.CallMode.class, row.getString("mode")),
                enumOf(CallState.class, row.getString("state")),
                enumOf(CallOutcome.class, row.getString("outcome")), List.of(), SqlValues.instant(row, "created_at"),
                SqlValues.instant(row, "started_at"), SqlValues.instant(row, "ended_at"),
                SqlValues.instant(row, "ring_until"), row.getInt("version"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    }
}
