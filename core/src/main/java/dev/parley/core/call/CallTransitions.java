package dev.parley.core.call;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The call state machine, as pure functions from a call to its next version. Ringing becomes
 * active at the first answer; a call ends when the caller gives up before an answer
 * ({@code cancelled}), when everyone called declined ({@code rejected}), was busy
 * ({@code busy}) or did not answer in time ({@code missed}), or when fewer than two people are
 * left in it ({@code answered}). A refused move throws and changes nothing.
 */
public final class CallTransitions {
    private CallTransitions() {
    }

    /** A new call: the initiator is in it on {@code sessionId}; the others ring, unless busy elsewhere. */
    public static Call start(UUID id, UUID roomId, String initiatorId, String sessionId, CallMedia media,
            Call.CallMode mode, Collection<String> callees, Collection<String> busy, Instant now, Instant ringUntil) {
        List<Participant> participants = new ArrayList<>();
        participants.add(new Participant(initiatorId, ParticipantState.JOINED, sessionId, now));
        for (String callee : callees) {
            participants.add(busy.contains(callee) ? new Participant(callee, ParticipantState.BUSY, null, null)
                    : Participant.ringing(callee));
        }
        Call call = new Call(id, roomId, initiatorId, media, mode, CallState.RINGING, null, participants, now, null,
                null, ringUntil, 0);
        return call.count(ParticipantState.RINGING) == 0 ? end(call, CallOutcome.BUSY, now) : call;
    }

    /** {@code userId} answers on {@code sessionId}: a ringing callee, or in a group call, someone who left. */
    public static Call accept(Call call, String userId, String sessionId, Instant now) {
        checkLive(call);
        Participant participant = participantOf(call, userId);
        if (participant.state() == ParticipantState.JOINED) {
            throw new ParleyException(ErrorCode.CALL_STATE_CONFLICT, participant.sessionId() == null
                    || participant.sessionId().equals(sessionId) ? "you are in this call already"
                    : "you answered this call on another device");
        }
        if (participant.state() != ParticipantState.RINGING && call.state() != CallState.ACTIVE) {
            throw new ParleyException(ErrorCode.CALL_STATE_CONFLICT, "this call is not ringing for you");
        }
        Call next = replace(call, userId, p -> p.joined(sessionId, now));
        return next.with(CallState.ACTIVE, null, next.participants(),
                call.startedAt() == null ? now : call.startedAt(), null).after(call);
    }

    /** A member who was not called (they joined the room later) is added to a live call, as if it rang for them. */
    public static Call admit(Call call, String userId) {
        checkLive(call);
        if (call.participant(userId).isPresent()) {
            return call;
        }
        List<Participant> participants = new ArrayList<>(call.participants());
        participants.add(Participant.ringing(userId));
        return call.with(call.state(), null, participants, call.startedAt(), null).after(call);
    }

    /** A ringing callee declines; the call ends when nobody is left to answer it. */
    public static Call reject(Call call, String userId, Instant now) {
        checkLive(call);
        if (participantOf(call, userId).state() != ParticipantState.RINGING) {
            throw new ParleyException(ErrorCode.CALL_STATE_CONFLICT,
                    "only a call ringing for you can be rejected; hang up instead");
        }
        return settle(replace(call, userId, p -> p.now(ParticipantState.REJECTED)), now).after(call);
    }

    /** A participant leaves (a ringing callee hanging up declines). */
    public static Call hangup(Call call, String userId, Instant now) {
        checkLive(call);
        Participant participant = participantOf(call, userId);
        return switch (participant.state()) {
            case RINGING -> reject(call, userId, now);
            case JOINED -> settle(replace(call, userId, p -> p.now(ParticipantState.LEFT)), now).after(call);
            default -> throw new ParleyException(ErrorCode.CALL_STATE_CONFLICT, "you are not in this call");
        };
    }

    /** The ringing deadline passed: whoever still rings missed the call. */
    public static Call expire(Call call, Instant now) {
        if (!call.live() || now.isBefore(call.ringUntil()) || call.count(ParticipantState.RINGING) == 0) {
            return call;
        }
        List<Participant> participants = call.participants().stream()
                .map(p -> p.state() == ParticipantState.RINGING ? p.now(ParticipantState.MISSED) : p).toList();
        return settle(call.with(call.state(), null, participants, call.startedAt(), null), now).after(call);
    }

    /** Every session of {@code userId} vanished: they are dropped from the call (no change when not in it). */
    public static Call drop(Call call, String userId, Instant now) {
        var participant = call.participant(userId);
        if (!call.live() || participant.isEmpty() || !participant.get().state().present()) {
            return call;
        }
        ParticipantState gone = participant.get().state() == ParticipantState.JOINED ? ParticipantState.LEFT
                : ParticipantState.MISSED;
        return settle(replace(call, userId, p -> p.now(gone)), now).after(call);
    }

    /** Ends the call when it cannot go on, with the outcome its participants' states say. */
    private static Call settle(Call call, Instant now) {
        long joined = call.count(ParticipantState.JOINED);
        long ringing = call.count(ParticipantState.RINGING);
        if (call.startedAt() != null) {
            return joined >= 2 || joined == 1 && ringing > 0 ? call : end(call, CallOutcome.ANSWERED, now);
        }
        if (call.participant(call.initiatorId()).orElseThrow().state() != ParticipantState.JOINED) {
            return end(call, CallOutcome.CANCELLED, now);
        }
        if (ringing > 0) {
            return call;
        }
        CallOutcome outcome = call.count(ParticipantState.MISSED) > 0 ? CallOutcome.MISSED
                : call.count(ParticipantState.REJECTED) > 0 ? CallOutcome.REJECTED : CallOutcome.BUSY;
        return end(call, outcome, now);
    }

    private static Call end(Call call, CallOutcome outcome, Instant now) {
        List<Participant> participants = call.participants().stream().map(p -> switch (p.state()) {
            case RINGING -> p.now(ParticipantState.MISSED);
            case JOINED -> p.now(ParticipantState.LEFT);
            default -> p;
        }).toList();
        return call.with(CallState.ENDED, outcome, participants, call.startedAt(), now);
    }

    private static void checkLive(Call call) {
        if (!call.live()) {
            throw new ParleyException(ErrorCode.CALL_ENDED, "this call has ended");
        }
    }

    private static Participant participantOf(Call call, String userId) {
        return call.participant(userId).orElseThrow(CallTransitions::notFound);
    }

    private static Call replace(Call call, String userId, UnaryOperator<Participant> change) {
        List<Participant> participants = call.participants().stream()
                .map(p -> p.userId().equals(userId) ? change.apply(p) : p).toList();
        return call.with(call.state(), call.outcome(), participants, call.startedAt(), call.endedAt());
    }

    /** A call one is not in answers as one that does not exist. */
    public static ParleyException notFound() {
        return new ParleyException(ErrorCode.CALL_NOT_FOUND, "no such call");
    }
}
