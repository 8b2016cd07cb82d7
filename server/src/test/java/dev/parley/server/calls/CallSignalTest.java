package dev.parley.server.calls;

import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.call.CallSignals;
import dev.parley.server.TestNode;
import dev.parley.server.ws.WsSessions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code call.signal}: relayed only between participants, to the one addressed session, bounded. */
class CallSignalTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    private static final Map<String, String> OFFER = Map.of("type", "offer", "sdp", "v=0\r\no=- 1 2 IN IP4 127.0.0.1");

    private static JsonNode error(Phone phone, String ref) {
        return phone.socket().awaitFrame(f -> type(f).equals("error") && ref.equals(f.path("ref").asText()));
    }

    private static long signalsTo(Phone phone) {
        return phone.socket().framesOfType("call.signal").size();
    }

    @Test
    void a_signal_reaches_only_the_addressed_session_of_the_other_participant_verbatim() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = node.newUser("bob");
        var laptop = Phone.of(sessions, bob);
        var mobile = Phone.of(sessions, bob);
        String call = ana.startCall(Phone.directRoom(ana.user(), bob));
        laptop.accept(call);

        laptop.signal(call, ana.sessionId(), "offer", OFFER);
        var offer = ana.socket().awaitType("call.signal");
        ana.signal(call, laptop.sessionId(), "answer", Map.of("type", "answer", "sdp", "v=0"));
        ana.signal(call, laptop.sessionId(), "candidate", Map.of("candidate", "candidate:1 1 udp 1 127.0.0.1 5000 typ host",
                "sdpMid", "0", "sdpMLineIndex", 0));

        assertThat(offer.get("callId").asText()).isEqualTo(call);
        assertThat(offer.get("fromSessionId").asText()).isEqualTo(laptop.sessionId());
        assertThat(offer.get("fromUserId").asText()).isEqualTo(bob.id());
        assertThat(offer.get("kind").asText()).isEqualTo("offer");
        assertThat(offer.get("payload").get("sdp").asText()).isEqualTo(OFFER.get("sdp"));
        laptop.socket().awaitCount(2, f -> type(f).equals("call.signal"));
        mobile.socket().ping();
        ana.socket().ping();
        assertThat(signalsTo(mobile)).as("the other device hears nothing").isZero();
        assertThat(signalsTo(ana)).isEqualTo(1);
        assertThat(ana.socket().framesOfType("error")).isEmpty();
    }

    @Test
    void a_signal_for_a_call_one_is_not_in_is_refused_and_relayed_to_nobody() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = Phone.of(sessions, node.newUser("bob"));
        var eve = Phone.of(sessions, node.newUser("eve"));
        String call = ana.startCall(Phone.directRoom(ana.user(), bob.user()));
        bob.accept(call);

        var refused = error(eve, eve.signal(call, ana.sessionId(), "offer", OFFER));

        assertThat(refused.get("code").asText()).isEqualTo("call_not_found");
        ana.socket().ping();
        assertThat(signalsTo(ana)).isZero();
    }

    @Test
    void a_signal_to_a_session_of_someone_outside_the_call_is_refused() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = Phone.of(sessions, node.newUser("bob"));
        var eve = Phone.of(sessions, node.newUser("eve"));
        String call = ana.startCall(Phone.directRoom(ana.user(), bob.user()));
        bob.accept(call);

        var toEve = error(bob, bob.signal(call, eve.sessionId(), "offer", OFFER));
        var toSelf = error(bob, bob.signal(call, bob.sessionId(), "offer", OFFER));

        assertThat(toEve.get("code").asText()).isEqualTo("session_not_in_call");
        assertThat(toEve.get("detail").asText())
                .isEqualTo("toSessionId is not the session of another participant in this call");
        assertThat(toSelf.get("code").asText()).isEqualTo("session_not_in_call");
        eve.socket().ping();
        assertThat(signalsTo(eve)).isZero();
    }

    @Test
    void a_signal_before_answering_or_after_the_end_is_refused() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = Phone.of(sessions, node.newUser("bob"));
        String call = ana.startCall(Phone.directRoom(ana.user(), bob.user()));

        var early = error(bob, bob.signal(call, ana.sessionId(), "offer", OFFER));
        bob.accept(call);
        ana.hangup(call);
        var late = error(bob, bob.signal(call, ana.sessionId(), "offer", OFFER));

        assertThat(early.get("code").asText()).isEqualTo("call_state_conflict");
        assertThat(early.get("detail").asText()).isEqualTo("answer the call before sending it signals");
        assertThat(late.get("code").asText()).isEqualTo("call_ended");
        ana.socket().ping();
        assertThat(signalsTo(ana)).isZero();
    }

    @Test
    void a_malformed_signal_is_refused_naming_the_field() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = Phone.of(sessions, node.newUser("bob"));
        String call = ana.startCall(Phone.directRoom(ana.user(), bob.user()));
        bob.accept(call);

        var kind = error(bob, bob.signal(call, ana.sessionId(), "hello", OFFER));
        var id = error(bob, bob.signal("not-a-call", ana.sessionId(), "offer", OFFER));
        var payload = error(bob, bob.signal(call, ana.sessionId(), "offer", "x".repeat(CallSignals.MAX_PAYLOAD_CHARS)));

        assertThat(kind.get("detail").asText()).isEqualTo("kind must be \"offer\", \"answer\" or \"candidate\"");
        assertThat(id.get("detail").asText()).isEqualTo("callId must be a UUID");
        assertThat(payload.get("detail").asText()).contains("payload");
        ana.socket().ping();
        assertThat(signalsTo(ana)).isZero();
    }

    @Test
    void a_flood_of_candidates_is_bounded_and_the_rest_refused() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = Phone.of(sessions, node.newUser("bob"));
        String call = ana.startCall(Phone.directRoom(ana.user(), bob.user()));
        bob.accept(call);
        int flood = 400;
        long started = System.nanoTime();

        for (int i = 0; i < flood; i++) {
            bob.signal(call, ana.sessionId(), "candidate", Map.of("candidate", "candidate:" + i));
        }
        bob.socket().ping();
        double seconds = (System.nanoTime() - started) / 1e9;
        var refusals = bob.socket().framesOfType("error");
        int relayed = flood - refusals.size();
        ana.socket().awaitCount(relayed, f -> type(f).equals("call.signal"));

        long bound = CallSignals.BURST + (long) Math.ceil(seconds * CallSignals.PER_SECOND) + 1;
        assertThat((long) relayed).isGreaterThanOrEqualTo(CallSignals.BURST).isLessThanOrEqualTo(bound);
        assertThat(refusals).allSatisfy(f -> assertThat(f.get("code").asText()).isEqualTo("too_many_signals"));
        ana.socket().ping();
        assertThat(signalsTo(ana)).isEqualTo(relayed);
        assertThat(ana.socket().closed()).isEmpty();
    }
}
