package dev.parley.server.calls;

import static dev.parley.server.ws.WsTestClient.frame;
import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import dev.parley.server.ws.WsSessions;
import dev.parley.server.ws.WsTestClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Calls in the rooms' change logs: a client that was away while a call rang gets the call's
 * {@code call.updated} events from {@code sync} with its change position, in the room's order,
 * once each, as a session that stayed connected got them live; a client that starts while a
 * call rings reads it from {@code GET /v1/calls}.
 */
class CallSyncTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    @Test
    void a_callee_who_reconnects_mid_ring_gets_the_ringing_call_replayed_exactly_once() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = node.newUser("bob");
        String room = Phone.directRoom(ana.user(), bob);
        JsonNode before = bob.api().get("/v1/rooms/" + room).json();
        long lastSeq = before.get("lastSeq").asLong();
        long lastChange = before.get("lastChange").asLong();
        var steady = sessions.open(bob);

        String call = ana.startCall(room);
        JsonNode live = steady.awaitFrame(f -> type(f).equals("call.updated"));

        var back = sessions.open(bob);
        List<JsonNode> replayed = syncWithChanges(back, room, lastSeq, lastChange);
        assertThat(replayed).extracting(WsTestClient::type).containsExactly("call.updated");
        JsonNode ringing = replayed.getFirst();
        assertThat(ringing).isEqualTo(live);
        assertThat(ringing.get("change").asLong()).isEqualTo(lastChange + 1);
        assertThat(ringing.at("/call/id").asText()).isEqualTo(call);
        assertThat(Phone.participant(bob.id(), "ringing").test(ringing.get("call"))).isTrue();
        JsonNode now = bob.api().get("/v1/rooms/" + room).json();
        assertThat(now.get("lastChange").asLong()).isEqualTo(lastChange + 1);
        assertThat(syncWithChanges(back, room, now.get("lastSeq").asLong(), now.get("lastChange").asLong()))
                .as("nothing is replayed twice").isEmpty();
    }

    @Test
    void a_callee_away_while_a_call_rang_and_ended_gets_its_changes_in_order_then_its_message() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = node.newUser("bob");
        String room = Phone.directRoom(ana.user(), bob);
        JsonNode before = bob.api().get("/v1/rooms/" + room).json();
        long lastSeq = before.get("lastSeq").asLong();
        long lastChange = before.get("lastChange").asLong();
        String call = ana.startCall(room);
        assertThat(ana.hangup(call).status()).isEqualTo(200);

        var back = sessions.open(bob);
        List<JsonNode> replayed = syncWithChanges(back, room, lastSeq, lastChange);

        assertThat(replayed).extracting(WsTestClient::type)
                .containsExactly("call.updated", "call.updated", "message.new");
        assertThat(replayed.get(0).at("/call/state").asText()).isEqualTo("ringing");
        assertThat(replayed.get(1).at("/call/state").asText()).isEqualTo("ended");
        assertThat(replayed.get(1).at("/call/outcome").asText()).isEqualTo("cancelled");
        assertThat(replayed.subList(0, 2)).extracting(f -> f.get("change").asLong())
                .containsExactly(lastChange + 1, lastChange + 2);
        assertThat(replayed.get(2).at("/message/call/id").asText()).isEqualTo(call);
    }

    @Test
    void a_client_opened_mid_ring_reads_the_ringing_call_from_the_live_calls_and_nobody_elses() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = node.newUser("bob");
        String room = Phone.directRoom(ana.user(), bob);
        String call = ana.startCall(room);

        var live = bob.api().get("/v1/calls");

        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json().get("items")).hasSize(1);
        JsonNode ringing = live.json().get("items").get(0);
        assertThat(ringing.get("id").asText()).isEqualTo(call);
        assertThat(Phone.participant(bob.id(), "ringing").test(ringing)).isTrue();
        assertThat(ana.user().api().get("/v1/calls").json().get("items")).hasSize(1);
        assertThat(node.newUser("eve").api().get("/v1/calls").json().get("items")).isEmpty();
        assertThat(node.anonymous().get("/v1/calls").status()).isEqualTo(401);
        ana.hangup(call);
        assertThat(bob.api().get("/v1/calls").json().get("items")).as("an ended call is not live").isEmpty();
    }

    @Test
    void a_sync_without_a_change_position_replays_no_call_changes() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = node.newUser("bob");
        String room = Phone.directRoom(ana.user(), bob);
        long lastSeq = bob.api().get("/v1/rooms/" + room).json().get("lastSeq").asLong();
        ana.startCall(room);

        var back = sessions.open(bob);
        int from = back.received();
        back.send(frame("sync", "rooms", Map.of(room, lastSeq)));
        back.awaitFrameAfter(from, f -> type(f).equals("sync.done"));

        assertThat(back.frames().subList(from, back.received())).extracting(WsTestClient::type)
                .doesNotContain("call.updated");
    }

    /** Sends {@code sync} with a change position; returns the room's frames before {@code sync.done}. */
    private static List<JsonNode> syncWithChanges(WsTestClient client, String room, long lastSeq, long lastChange) {
        int from = client.received();
        client.send(frame("sync", "rooms", Map.of(room, lastSeq), "changes", Map.of(room, lastChange)));
        client.awaitFrameAfter(from, f -> type(f).equals("sync.done"));
        List<JsonNode> frames = new ArrayList<>();
        for (JsonNode f : client.frames().subList(from, client.received())) {
            if (type(f).equals("sync.done")) {
                break;
            }
            if (room.equals(f.path("roomId").asText(null))) {
                frames.add(f);
            }
        }
        return frames;
    }
}
