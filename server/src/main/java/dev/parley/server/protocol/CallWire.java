package dev.parley.server.protocol;

import dev.parley.core.call.Call;
import dev.parley.core.call.Participant;
import dev.parley.core.event.Event;
import dev.parley.core.message.CallNote;
import dev.parley.protocol.model.CallMedia;
import dev.parley.protocol.model.CallMode;
import dev.parley.protocol.model.CallOutcome;
import dev.parley.protocol.model.CallParticipant;
import dev.parley.protocol.model.CallState;
import dev.parley.protocol.model.ParticipantState;
import dev.parley.protocol.model.RawJson;
import dev.parley.protocol.ws.CallSignalEvent;
import dev.parley.protocol.ws.CallUpdatedEvent;

/** Calls, their notes in messages and their events, to the wire. */
public final class CallWire {
    private CallWire() {
    }

    public static dev.parley.protocol.model.Call call(Call c) {
        return new dev.parley.protocol.model.Call(c.id(), c.roomId(), c.initiatorId(), media(c.media()),
                mode(c.mode()), state(c.state()), c.outcome() == null ? null : outcome(c.outcome()),
                c.participants().stream().map(CallWire::participant).toList(), c.createdAt(), c.startedAt(),
                c.endedAt(), c.ringUntil());
    }

    /** The note of a call's message; null for other messages. */
    public static dev.parley.protocol.model.CallNote note(CallNote note) {
        return note == null ? null : new dev.parley.protocol.model.CallNote(note.callId(),
                outcome(dev.parley.core.call.CallOutcome.valueOf(note.outcome().toUpperCase(java.util.Locale.ROOT))),
                note.durationMs());
    }

    public static CallUpdatedEvent updated(Event.CallUpdated updated) {
        return new CallUpdatedEvent(updated.roomId(), updated.lastSeq(), call(updated.call()), updated.change());
    }

    public static CallSignalEvent signal(Event.CallSignal signal) {
        return new CallSignalEvent(signal.callId(), signal.fromSessionId(), signal.fromUserId(), signal.kind(),
                new RawJson(signal.payload()));
    }

    private static CallParticipant participant(Participant p) {
        return new CallParticipant(p.userId(), switch (p.state()) {
            case RINGING -> ParticipantState.RINGING;
            case JOINED -> ParticipantState.JOINED;
            case LEFT -> ParticipantState.LEFT;
            case REJECTED -> ParticipantState.REJECTED;
            case MISSED -> ParticipantState.MISSED;
            case BUSY -> ParticipantState.BUSY;
        }, p.sessionId(), p.joinedAt());
    }

    private static CallMedia media(dev.parley.core.call.CallMedia media) {
        return switch (media) {
            case AUDIO -> CallMedia.AUDIO;
            case VIDEO -> CallMedia.VIDEO;
        };
    }

    private static CallMode mode(Call.CallMode mode) {
        return switch (mode) {
            case MESH -> CallMode.MESH;
            case LIVEKIT -> CallMode.LIVEKIT;
        };
    }

    private static CallState state(dev.parley.core.call.CallState state) {
        return switch (state) {
            case RINGING -> CallState.RINGING;
            case ACTIVE -> CallState.ACTIVE;
            case ENDED -> CallState.ENDED;
        };
    }

    private static CallOutcome outcome(dev.parley.core.call.CallOutcome outcome) {
        return switch (outcome) {
            case ANSWERED -> CallOutcome.ANSWERED;
            case REJECTED -> CallOutcome.REJECTED;
            case MISSED -> CallOutcome.MISSED;
            case BUSY -> CallOutcome.BUSY;
            case CANCELLED -> CallOutcome.CANCELLED;
        };
    }
}
