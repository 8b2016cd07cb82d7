package dev.parley.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallTransitionsTest {
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    private static final Instant DEADLINE = T0.plusSeconds(30);

    private static Call ringing(String... callees) {
        return CallTransitions.start(UUID.randomUUID(), UUID.randomUUID(), "ana", "s-ana", CallMedia.AUDIO,
                Call.CallMode.MESH, List.of(callees), Set.of(), T0, DEADLINE);
    }

    private static ParticipantState state(Call call, String user) {
        return call.participant(user).orElseThrow().state();
    }

    @Test
    void a_new_call_rings_everyone_but_the_caller() {
        Call call = ringing("bob", "cid");

        assertThat(call.state()).isEqualTo(CallState.RINGING);
        assertThat(call.participants()).extracting(Participant::state)
                .containsExactly(ParticipantState.JOINED, ParticipantState.RINGING, ParticipantState.RINGING);
    }

    @Test
    void a_call_whose_callees_are_all_busy_ends_busy_at_once() {
        Call call = CallTransitions.start(UUID.randomUUID(), UUID.randomUUID(), "ana", null, CallMedia.VIDEO,
                Call.CallMode.MESH, List.of("bob"), Set.of("bob"), T0, DEADLINE);

        assertThat(call.state()).isEqualTo(CallState.ENDED);
        assertThat(call.outcome()).isEqualTo(CallOutcome.BUSY);
        assertThat(state(call, "ana")).isEqualTo(ParticipantState.LEFT);
    }

    @Test
    void the_first_answer_starts_the_call_and_the_last_but_one_leaving_ends_it_answered() {
        Call active = CallTransitions.accept(ringing("bob"), "bob", "s-bob", T0.plusSeconds(3));
        Call ended = CallTransitions.hangup(active, "bob", T0.plusSeconds(63));

        assertThat(active.state()).isEqualTo(CallState.ACTIVE);
        assertThat(active.version()).isEqualTo(1);
        assertThat(ended.outcome()).isEqualTo(CallOutcome.ANSWERED);
        assertThat(ended.durationMs()).isEqualTo(60_000);
        assertThat(state(ended, "ana")).isEqualTo(ParticipantState.LEFT);
    }

    @Test
    void a_group_call_goes_on_while_two_are_in_it_and_late_ringers_miss_it_at_the_deadline() {
        Call call = CallTransitions.accept(ringing("bob", "cid", "dan"), "bob", "s-bob", T0);
        call = CallTransitions.reject(call, "cid", T0);
        assertThat(call.state()).isEqualTo(CallState.ACTIVE);

        Call expired = CallTransitions.expire(call, DEADLINE);

        assertThat(expired.state()).isEqualTo(CallState.ACTIVE);
        assertThat(state(expired, "dan")).isEqualTo(ParticipantState.MISSED);
        assertThat(CallTransitions.expire(call, DEADLINE.minusMillis(1))).isSameAs(call);
        assertThat(CallTransitions.hangup(expired, "bob", T0).outcome()).isEqualTo(CallOutcome.ANSWERED);
    }

    @Test
    void nobody_answering_by_the_deadline_is_missed_and_the_caller_giving_up_is_cancelled() {
        assertThat(CallTransitions.expire(ringing("bob"), DEADLINE).outcome()).isEqualTo(CallOutcome.MISSED);
        Call cancelled = CallTransitions.hangup(ringing("bob"), "ana", T0);
        assertThat(cancelled.outcome()).isEqualTo(CallOutcome.CANCELLED);
        assertThat(state(cancelled, "bob")).isEqualTo(ParticipantState.MISSED);
        assertThat(CallTransitions.reject(ringing("bob"), "bob", T0).outcome()).isEqualTo(CallOutcome.REJECTED);
    }

    @Test
    void a_vanished_participant_is_dropped_and_one_not_in_the_call_changes_nothing() {
        Call active = CallTransitions.accept(ringing("bob"), "bob", "s-bob", T0);

        assertThat(CallTransitions.drop(active, "bob", T0).outcome()).isEqualTo(CallOutcome.ANSWERED);
        assertThat(CallTransitions.drop(active, "eve", T0)).isSameAs(active);
        assertThat(CallTransitions.drop(ringing("bob"), "bob", T0).outcome()).isEqualTo(CallOutcome.MISSED);
    }

    @Test
    void moves_that_do_not_fit_the_state_are_refused() {
        Call active = CallTransitions.accept(ringing("bob"), "bob", "s-bob", T0);
        Call ended = CallTransitions.hangup(active, "ana", T0);

        assertThatThrownBy(() -> CallTransitions.accept(active, "bob", "s-other", T0))
                .isInstanceOf(ParleyException.class).hasMessage("you answered this call on another device");
        assertThatThrownBy(() -> CallTransitions.reject(active, "bob", T0)).isInstanceOf(ParleyException.class)
                .extracting(e -> ((ParleyException) e).code()).isEqualTo(ErrorCode.CALL_STATE_CONFLICT);
        assertThatThrownBy(() -> CallTransitions.accept(ended, "bob", "s-bob", T0))
                .extracting(e -> ((ParleyException) e).code()).isEqualTo(ErrorCode.CALL_ENDED);
        assertThatThrownBy(() -> CallTransitions.hangup(active, "eve", T0))
                .extracting(e -> ((ParleyException) e).code()).isEqualTo(ErrorCode.CALL_NOT_FOUND);
    }

    @Test
    void the_message_of_a_call_reads_like_a_call_log() {
        Call answered = CallTransitions.hangup(CallTransitions.accept(ringing("bob"), "bob", "s", T0), "bob",
                T0.plusSeconds(3725));
        assertThat(CallNotes.text(answered)).isEqualTo("Audio call (1:02:05)");
        assertThat(CallNotes.text(CallTransitions.expire(ringing("bob"), DEADLINE))).isEqualTo("Missed audio call");
        assertThat(CallNotes.duration(65_000)).isEqualTo("1:05");
    }
}
