package dev.parley.protocol.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A call: {@code outcome} once ended; {@code ringUntil} is when whoever still rings has
 * missed it. Nulls are omitted.
 */
public record Call(UUID id, UUID roomId, String initiatorId, CallMedia media, CallMode mode, CallState state,
        CallOutcome outcome, List<CallParticipant> participants, Instant createdAt, Instant startedAt,
        Instant endedAt, Instant ringUntil) {
}
