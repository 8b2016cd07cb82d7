package dev.parley.core.call;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.id.Uuids;
import dev.parley.core.store.Transactor;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Relays WebRTC signalling ({@code offer}, {@code answer}, {@code candidate}) from one
 * participant's session to one other participant's session, only inside a live call both are
 * in; never stored. Each session has a {@link SignalBudget}: a flood is refused, not relayed.
 */
public final class CallSignals {
    public static final Set<String> KINDS = Set.of("offer", "answer", "candidate");
    public static final int MAX_PAYLOAD_CHARS = 16 * 1024;
    public static final int BURST = 100;
    public static final int PER_SECOND = 20;

    private final Transactor store;
    private final SignalBudget budget;

    public CallSignals(Transactor store, LongSupplier nanoTime) {
        this.store = store;
        this.budget = new SignalBudget(BURST, PER_SECOND, nanoTime);
    }

    /** Relays one signal from {@code actor}'s session {@code fromSessionId}; refused signals reach nobody. */
    public void relay(Actor actor, String fromSessionId, String callId, String toSessionId, String kind,
            String payload) {
        if (!budget.take(fromSessionId)) {
            throw new ParleyException(ErrorCode.TOO_MANY_SIGNALS, "a session may send " + BURST
                    + " call signals at once and " + PER_SECOND + " a second after that; this one was dropped");
        }
        UUID id = Uuids.parse("callId", callId);
        if (kind == null || !KINDS.contains(kind)) {
            throw ParleyException.invalid("kind must be \"offer\", \"answer\" or \"candidate\"");
        }
        if (toSessionId == null || toSessionId.isEmpty()) {
            throw ParleyException.invalid("toSessionId is required");
        }
        if (payload == null || payload.length() > MAX_PAYLOAD_CHARS) {
            throw ParleyException.invalid("payload is required, at most " + MAX_PAYLOAD_CHARS + " characters of JSON");
        }
        Call call = store.read(repos -> repos.calls().find(id)).orElseThrow(CallTransitions::notFound);
        Participant from = call.participant(actor.userId()).orElseThrow(CallTransitions::notFound);
        if (!call.live()) {
            throw new ParleyException(ErrorCode.CALL_ENDED, "this call has ended");
        }
        if (from.state() != ParticipantState.JOINED) {
            throw new ParleyException(ErrorCode.CALL_STATE_CONFLICT, "answer the call before sending it signals");
        }
        if (from.sessionId() != null && !from.sessionId().equals(fromSessionId)) {
            throw new ParleyException(ErrorCode.CALL_STATE_CONFLICT, "you are in this call on another device");
        }
        Participant to = call.participants().stream()
                .filter(p -> p.state() == ParticipantState.JOINED && toSessionId.equals(p.sessionId())
                        && !p.userId().equals(actor.userId()))
                .findFirst()
                .orElseThrow(() -> new ParleyException(ErrorCode.SESSION_NOT_IN_CALL,
                        "toSessionId is not the session of another participant in this call"));
        store.announce(new Event.CallSignal(id, to.userId(), toSessionId, actor.userId(), fromSessionId, kind,
                payload));
    }
}
