package dev.parley.core.call;

import java.time.Instant;

/**
 * One person of a call: their state, and once they joined, the session (device) they joined
 * on — signals for them go to that session only, and their other devices stop ringing.
 */
public record Participant(String userId, ParticipantState state, String sessionId, Instant joinedAt) {

    public static Participant ringing(String userId) {
        return new Participant(userId, ParticipantState.RINGING, null, null);
    }

    public Participant joined(String session, Instant at) {
        return new Participant(userId, ParticipantState.JOINED, session, at);
    }

    public Participant now(ParticipantState newState) {
        return new Participant(userId, newState, sessionId, joinedAt);
    }
}
