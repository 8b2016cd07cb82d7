package dev.parley.core.testing;

import dev.parley.core.call.Call;
import dev.parley.core.call.CallRepository;
import dev.parley.core.call.Participant;
import dev.parley.core.call.ParticipantState;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link CallRepository} over the in-memory {@code calls} table and its one-live-call-per-room key. */
final class InMemoryCalls implements CallRepository {
    private final Tables tables;

    InMemoryCalls(Tables tables) {
        this.tables = tables;
    }

    @Override
    public void insert(Call call) {
        tables.requireRoom(call.roomId());
        if (call.live()) {
            tables.liveCalls.insert(call.roomId(), call.id());
        }
        tables.calls.insert(call.id(), micros(call));
        if (!call.live()) {
            tables.callsWithoutMessage.insert(call.id(), Micros.of(call.endedAt()));
        }
    }

    @Override
    public boolean update(Call call, int expectedVersion) {
        Optional<Call> stored = tables.calls.find(call.id());
        if (stored.isEmpty() || stored.get().version() != expectedVersion) {
            return false;
        }
        if (stored.get().live() && !call.live()) {
            tables.liveCalls.delete(call.roomId());
            tables.callsWithoutMessage.insert(call.id(), Micros.of(call.endedAt()));
        }
        return tables.calls.update(call.id(), old -> micros(call));
    }

    @Override
    public Optional<Call> find(UUID id) {
        return tables.calls.find(id);
    }

    @Override
    public Optional<Call> liveInRoom(UUID roomId) {
        return tables.liveCalls.find(roomId).flatMap(tables.calls::find);
    }

    @Override
    public List<Call> liveOf(String userId) {
        return tables.calls.rows(call -> call.live() && call.participant(userId)
                .filter(p -> p.state().present()).isPresent()).stream()
                .sorted(Comparator.comparing(Call::createdAt)).toList();
    }

    @Override
    public Set<String> inCall(Collection<String> userIds) {
        return tables.calls.rows(Call::live).stream().flatMap(call -> call.participants().stream())
                .filter(p -> p.state() == ParticipantState.JOINED && userIds.contains(p.userId()))
                .map(Participant::userId).collect(Collectors.toSet());
    }

    @Override
    public List<UUID> ringingPast(Instant now, int limit) {
        return tables.calls.rows(call -> call.live() && call.ringUntil().isBefore(now)
                        && call.participants().stream().anyMatch(p -> p.state() == ParticipantState.RINGING))
                .stream().sorted(Comparator.comparing(Call::ringUntil)).map(Call::id).limit(limit).toList();
    }

    @Override
    public List<UUID> endedWithoutMessage(Instant endedBefore, int limit) {
        return tables.calls.rows(call -> tables.callsWithoutMessage.find(call.id())
                        .filter(ended -> ended.isBefore(endedBefore)).isPresent())
                .stream().sorted(Comparator.comparing(Call::endedAt).thenComparing(Call::id)).map(Call::id)
                .limit(limit).toList();
    }

    @Override
    public void messageWritten(UUID callId) {
        tables.callsWithoutMessage.delete(callId);
    }

    private static Call micros(Call c) {
        List<Participant> participants = c.participants().stream().map(p -> new Participant(p.userId(), p.state(),
                p.sessionId(), p.joinedAt() == null ? null : Micros.of(p.joinedAt()))).toList();
        return new Call(c.id(), c.roomId(), c.initiatorId(), c.media(), c.mode(), c.state(), c.outcome(), participants,
                Micros.of(c.createdAt()), c.startedAt() == null ? null : Micros.of(c.startedAt()),
                c.endedAt() == null ? null : Micros.of(c.endedAt()), Micros.of(c.ringUntil()), c.version());
    }
}
