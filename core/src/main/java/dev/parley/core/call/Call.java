package dev.parley.core.call;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A call in a room: who started it, with which media, its state and (once ended) its outcome,
 * and its participants — everyone who was a member when it started, the initiator first.
 * {@code ringUntil} is when ringing participants count as missed; {@code version} moves with
 * every change, so two nodes cannot move the same call at once. {@code mode} says how media
 * flows: directly between the participants ({@code mesh}) or through a LiveKit server.
 */
public record Call(UUID id, UUID roomId, String initiatorId, CallMedia media, CallMode mode, CallState state,
        CallOutcome outcome, List<Participant> participants, Instant createdAt, Instant startedAt, Instant endedAt,
        Instant ringUntil, int version) {

    /** How media flows between the participants. */
    public enum CallMode {
        MESH, LIVEKIT;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Call {
        participants = List.copyOf(participants);
    }

    public Optional<Participant> participant(String userId) {
        return participants.stream().filter(p -> p.userId().equals(userId)).findFirst();
    }

    /** Whether the call has not ended. */
    public boolean live() {
        return state != CallState.ENDED;
    }

    /** How long the call lasted from the first answer to its end; null when nobody answered. */
    public Long durationMs() {
        return startedAt == null || endedAt == null ? null : Duration.between(startedAt, endedAt).toMillis();
    }

    long count(ParticipantState which) {
        return participants.stream().filter(p -> p.state() == which).count();
    }

    /** The call changed, at the same version (a transition moves the version once, at its end). */
    Call with(CallState newState, CallOutcome newOutcome, List<Participant> newParticipants, Instant newStartedAt,
            Instant newEndedAt) {
        return new Call(id, roomId, initiatorId, media, mode, newState, newOutcome, newParticipants, createdAt,
                newStartedAt, newEndedAt, ringUntil, version);
    }

    /** This call as the next version of {@code before}. */
    Call after(Call before) {
        return new Call(id, roomId, initiatorId, media, mode, state, outcome, participants, createdAt, startedAt,
                endedAt, ringUntil, before.version() + 1);
    }
}
