package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.call.Call;
import dev.parley.core.call.CallMedia;
import dev.parley.core.call.CallTransitions;
import dev.parley.core.call.ParticipantState;
import dev.parley.core.message.Append;
import dev.parley.core.message.CallNote;
import dev.parley.core.room.Room;
import dev.parley.core.store.DuplicateKeyException;
import dev.parley.core.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public abstract class CallRepositoryContract extends StoreContract {

    @Test
    void a_stored_call_reads_back_with_its_participants_in_order() {
        User ana = data().user();
        User bo = data().user();
        Room room = data().direct(ana, bo);
        Call call = ringing(room, ana, bo);

        insert(call);

        assertThat(find(call.id())).contains(call);
        assertThat(store().<Optional<Call>>read(repos -> repos.calls().liveInRoom(room.id()))).contains(call);
        assertThat(store().<List<Call>>read(repos -> repos.calls().liveOf(bo.id()))).containsExactly(call);
    }

    @Test
    void a_room_has_at_most_one_live_call() {
        User ana = data().user();
        User bo = data().user();
        Room room = data().direct(ana, bo);
        insert(ringing(room, ana, bo));

        assertThatThrownBy(() -> insert(ringing(room, bo, ana))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void an_update_applies_only_to_the_version_it_was_made_from() {
        User ana = data().user();
        User bo = data().user();
        Room room = data().direct(ana, bo);
        Call call = ringing(room, ana, bo);
        insert(call);
        Call accepted = CallTransitions.accept(call, bo.id(), "s-bo", TestData.now());

        assertThat(update(accepted, call.version())).isTrue();
        assertThat(update(CallTransitions.reject(call, bo.id(), TestData.now()), call.version())).isFalse();

        Call stored = find(call.id()).orElseThrow();
        assertThat(stored.participant(bo.id()).orElseThrow().state()).isEqualTo(ParticipantState.JOINED);
        assertThat(stored.participant(bo.id()).orElseThrow().sessionId()).isEqualTo("s-bo");
        assertThat(store().<Set<String>>read(repos -> repos.calls().inCall(List.of(ana.id(), bo.id(), "nobody"))))
                .isEqualTo(Set.of(ana.id(), bo.id()));
    }

    @Test
    void an_ended_call_frees_its_room_for_the_next_and_is_nobodys_live_call() {
        User ana = data().user();
        User bo = data().user();
        Room room = data().direct(ana, bo);
        Call call = ringing(room, ana, bo);
        insert(call);
        Call cancelled = CallTransitions.hangup(call, ana.id(), TestData.now());
        assertThat(update(cancelled, call.version())).isTrue();

        assertThat(store().<Optional<Call>>read(repos -> repos.calls().liveInRoom(room.id()))).isEmpty();
        assertThat(store().<List<Call>>read(repos -> repos.calls().liveOf(ana.id()))).isEmpty();
        insert(ringing(room, bo, ana));
    }

    @Test
    void ringing_calls_past_their_deadline_are_found() {
        User ana = data().user();
        User bo = data().user();
        Room room = data().direct(ana, bo);
        Call call = ringing(room, ana, bo);
        insert(call);

        assertThat(store().<List<UUID>>read(repos -> repos.calls().ringingPast(call.ringUntil().plusMillis(1), 10)))
                .contains(call.id());
        assertThat(store().<List<UUID>>read(repos -> repos.calls().ringingPast(call.ringUntil().minusSeconds(1), 10)))
                .doesNotContain(call.id());
    }

    @Test
    void a_call_message_keeps_its_note() {
        User ana = data().user();
        User bo = data().user();
        Room room = data().direct(ana, bo);
        UUID callId = data().nextId();
        var append = new Append(data().nextId(), room.id(), true, ana.id(), "Missed video call", null, List.of(),
                "call-" + callId, TestData.now(), false, new CallNote(callId, "missed", null));

        var posted = data().post(store().messageLog(), append);

        var read = store().<Optional<dev.parley.core.message.Message>>read(repos -> repos.messages().find(room.id(), posted.id())).orElseThrow();
        assertThat(read.call()).isEqualTo(new CallNote(callId, "missed", null));
        assertThat(posted.call()).isEqualTo(read.call());
    }

    @Test
    void an_ended_call_waits_for_its_message_until_it_is_written() {
        User ana = data().user();
        User bo = data().user();
        Room room = data().direct(ana, bo);
        Call call = ringing(room, ana, bo);
        insert(call);
        assertThat(withoutMessage(call.createdAt().plusSeconds(3600))).doesNotContain(call.id());
        Call cancelled = CallTransitions.hangup(call, ana.id(), TestData.now());
        update(cancelled, call.version());

        assertThat(withoutMessage(cancelled.endedAt().plusMillis(1))).contains(call.id());
        assertThat(withoutMessage(cancelled.endedAt().minusSeconds(1))).doesNotContain(call.id());
        store().transaction(repos -> {
            repos.calls().messageWritten(call.id());
            return null;
        });
        assertThat(withoutMessage(cancelled.endedAt().plusSeconds(3600))).doesNotContain(call.id());
    }

    @Test
    void a_call_that_ends_as_it_starts_waits_for_its_message_too() {
        User ana = data().user();
        User bo = data().user();
        Room room = data().direct(ana, bo);
        Instant now = TestData.now();
        Call busy = CallTransitions.start(data().nextId(), room.id(), ana.id(), "s-ana", CallMedia.AUDIO,
                Call.CallMode.MESH, List.of(bo.id()), Set.of(bo.id()), now, now.plusSeconds(30));
        assertThat(busy.live()).isFalse();

        insert(busy);

        assertThat(withoutMessage(now.plusSeconds(1))).contains(busy.id());
    }

    private List<UUID> withoutMessage(Instant endedBefore) {
        return store().<List<UUID>>read(repos -> repos.calls().endedWithoutMessage(endedBefore, 1000));
    }

    private Call ringing(Room room, User caller, User callee) {
        Instant now = TestData.now();
        return CallTransitions.start(data().nextId(), room.id(), caller.id(), "s-" + caller.id(), CallMedia.VIDEO,
                Call.CallMode.MESH, List.of(callee.id()), Set.of(), now, now.plusSeconds(30));
    }

    private void insert(Call call) {
        store().transaction(repos -> {
            repos.calls().insert(call);
            return null;
        });
    }

    private boolean update(Call call, int expectedVersion) {
        return store().transaction(repos -> repos.calls().update(call, expectedVersion));
    }

    private Optional<Call> find(UUID id) {
        return store().<Optional<Call>>read(repos -> repos.calls().find(id));
    }
}
