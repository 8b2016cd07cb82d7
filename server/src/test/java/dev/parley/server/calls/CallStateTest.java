package dev.parley.server.calls;

import static dev.parley.server.calls.Phone.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.server.TestNode;
import dev.parley.server.ws.WsSessions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The call state machine over real HTTP and WebSocket: ringing, answers, timeouts, busy, glare, devices. */
class CallStateTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withCalls(
            config.calls().withRingTimeout(Duration.ofSeconds(2))));
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    @Test
    void a_call_nobody_answers_rings_then_times_out_as_missed_and_leaves_one_message() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = Phone.of(sessions, node.newUser("bob"));
        String room = Phone.directRoom(ana.user(), bob.user());

        var started = ana.call(room, "video");

        assertThat(started.status()).isEqualTo(201);
        assertThat(started.json().get("state").asText()).isEqualTo("ringing");
        assertThat(started.json().get("mode").asText()).isEqualTo("mesh");
        String call = started.json().get("id").asText();
        var ringing = bob.awaitState(call, "ringing");
        assertThat(participant(bob.id(), "ringing").test(ringing)).isTrue();
        assertThat(participant(ana.id(), "joined").test(ringing)).isTrue();

        var ended = bob.awaitState(call, "ended");
        assertThat(ended.get("outcome").asText()).isEqualTo("missed");
        assertThat(participant(bob.id(), "missed").test(ended)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> ana.callMessages(room).size() == 1);
        var message = ana.callMessages(room).getFirst();
        assertThat(message.get("call").get("id").asText()).isEqualTo(call);
        assertThat(message.get("call").get("outcome").asText()).isEqualTo("missed");
        assertThat(message.get("call").has("durationMs")).isFalse();
        assertThat(message.get("text").asText()).isEqualTo("Missed video call");
        assertThat(ana.user().api().get("/v1/calls/" + call).json().get("outcome").asText()).isEqualTo("missed");
        var edit = ana.user().api().patch("/v1/rooms/" + room + "/messages/" + message.get("id").asText(),
                Map.of("text", "I never called"));
        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.json().get("detail").asText()).isEqualTo("a call's message cannot be edited");
    }

    @Test
    void an_answered_call_is_active_until_hung_up_and_its_message_has_the_duration() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = Phone.of(sessions, node.newUser("bob"));
        String room = Phone.directRoom(ana.user(), bob.user());
        String call = ana.startCall(room);

        var accepted = bob.accept(call);

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("state").asText()).isEqualTo("active");
        assertThat(ana.awaitState(call, "active").has("startedAt")).isTrue();
        var hungUp = ana.hangup(call);
        assertThat(hungUp.json().get("state").asText()).isEqualTo("ended");
        assertThat(hungUp.json().get("outcome").asText()).isEqualTo("answered");
        bob.awaitState(call, "ended");
        await().atMost(Duration.ofSeconds(5)).until(() -> bob.callMessages(room).size() == 1);
        var note = bob.callMessages(room).getFirst().get("call");
        assertThat(note.get("outcome").asText()).isEqualTo("answered");
        assertThat(note.get("durationMs").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(bob.hangup(call).code()).isEqualTo("call_ended");
    }

    @Test
    void declining_ends_the_call_as_rejected_and_hanging_up_before_an_answer_as_cancelled() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = Phone.of(sessions, node.newUser("bob"));
        String room = Phone.directRoom(ana.user(), bob.user());

        String declined = ana.startCall(room);
        assertThat(bob.reject(declined).json().get("outcome").asText()).isEqualTo("rejected");
        String cancelled = ana.startCall(room);
        assertThat(ana.hangup(cancelled).json().get("outcome").asText()).isEqualTo("cancelled");

        await().atMost(Duration.ofSeconds(5)).until(() -> ana.callMessages(room).size() == 2);
        assertThat(ana.callMessages(room)).extracting(m -> m.get("call").get("outcome").asText())
                .containsExactly("rejected", "cancelled");
    }

    @Test
    void a_callee_already_in_a_call_answers_busy() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = Phone.of(sessions, node.newUser("bob"));
        var cid = Phone.of(sessions, node.newUser("cid"));
        String first = ana.startCall(Phone.directRoom(ana.user(), bob.user()));
        bob.accept(first);
        String room = Phone.directRoom(cid.user(), bob.user());

        var busy = cid.call(room, "audio");

        assertThat(busy.status()).isEqualTo(201);
        assertThat(busy.json().get("state").asText()).isEqualTo("ended");
        assertThat(busy.json().get("outcome").asText()).isEqualTo("busy");
        assertThat(participant(bob.id(), "busy").test(busy.json())).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> cid.callMessages(room).size() == 1);
        assertThat(cid.callMessages(room).getFirst().get("text").asText()).isEqualTo("Audio call: busy");
        assertThat(bob.call(room, "audio").code()).as("bob is in a call himself").isEqualTo("already_in_call");
    }

    @Test
    void crossing_invites_between_the_same_two_people_merge_into_one_answered_call() throws Exception {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = Phone.of(sessions, node.newUser("bob"));
        String room = Phone.directRoom(ana.user(), bob.user());
        var barrier = new CyclicBarrier(2);

        var fromAna = CompletableFuture.supplyAsync(() -> awaitThen(barrier, () -> ana.call(room, "video")));
        var fromBob = CompletableFuture.supplyAsync(() -> awaitThen(barrier, () -> bob.call(room, "video")));
        var a = fromAna.get();
        var b = fromBob.get();

        assertThat(List.of(a.status(), b.status())).containsExactlyInAnyOrder(201, 200);
        assertThat(a.json().get("id")).isEqualTo(b.json().get("id"));
        String call = a.json().get("id").asText();
        var active = ana.awaitState(call, "active");
        assertThat(participant(ana.id(), "joined").and(participant(bob.id(), "joined")).test(active)).isTrue();
    }

    @Test
    void answering_on_one_device_stops_the_ringing_on_the_users_other_devices() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = node.newUser("bob");
        var laptop = Phone.of(sessions, bob);
        var mobile = Phone.of(sessions, bob);
        String call = ana.startCall(Phone.directRoom(ana.user(), bob));
        laptop.awaitState(call, "ringing");
        mobile.awaitState(call, "ringing");

        assertThat(laptop.accept(call).status()).isEqualTo(200);

        for (var device : List.of(laptop, mobile)) {
            var joined = device.awaitCall(call, participant(bob.id(), "joined"));
            assertThat(joined.get("participants").get(1).get("sessionId").asText()).isEqualTo(laptop.sessionId());
        }
        var second = mobile.accept(call);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asText()).contains("another device");
        assertThat(laptop.accept(call).json().get("detail").asText()).contains("already");
    }

    @Test
    void a_participant_whose_sessions_all_vanish_is_dropped_and_the_call_ends() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = Phone.of(sessions, node.newUser("bob"));
        String call = ana.startCall(Phone.directRoom(ana.user(), bob.user()));
        bob.accept(call);
        ana.awaitState(call, "active");

        bob.socket().close();

        var ended = ana.awaitCall(call, c -> c.path("state").asText().equals("ended"));
        assertThat(ended.get("outcome").asText()).isEqualTo("answered");
        assertThat(participant(bob.id(), "left").test(ended)).isTrue();
    }

    private static <T> T awaitThen(CyclicBarrier barrier, java.util.function.Supplier<T> action) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return action.get();
    }
}
