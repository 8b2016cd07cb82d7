package dev.parley.protocol.model;

import java.time.Instant;

/** One person of a call; {@code sessionId} is the session (device) they joined on, the one signals for them go to. */
public record CallParticipant(String userId, ParticipantState state, String sessionId, Instant joinedAt) {
}
