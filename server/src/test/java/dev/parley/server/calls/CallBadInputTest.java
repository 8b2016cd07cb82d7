package dev.parley.server.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.TestNode;
import dev.parley.server.ws.WsSessions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Refused call requests: a clear 4xx that names the problem, and nothing changes. */
class CallBadInputTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    @Test
    void a_call_with_unknown_media_or_a_bad_session_id_is_refused_naming_the_field() {
        var ana = node.newUser("ana");
        String room = Phone.directRoom(ana, node.newUser("bob"));

        var media = ana.api().post("/v1/rooms/" + room + "/calls", Map.of("media", "hologram"));
        var session = ana.api().post("/v1/rooms/" + room + "/calls", Map.of("media", "audio", "sessionId", ""));
        var body = ana.api().post("/v1/rooms/" + room + "/calls", Map.of("media", 3));

        assertThat(media.status()).isEqualTo(400);
        assertThat(media.json().get("detail").asText()).isEqualTo("media must be \"audio\" or \"video\"");
        assertThat(session.status()).isEqualTo(400);
        assertThat(session.json().get("detail").asText()).contains("sessionId");
        assertThat(body.status()).isEqualTo(400);
        assertThat(body.json().get("detail").asText()).contains("media");
        assertThat(ana.api().allMessages(room)).isEmpty();
    }

    @Test
    void a_call_in_a_room_one_left_or_never_joined_is_refused() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var eve = node.newUser("eve");
        String group = ana.createRoom("group", "Team", bob);
        assertThat(bob.api().delete("/v1/rooms/" + group + "/members/" + bob.id()).status()).isLessThan(300);

        assertThat(bob.api().post("/v1/rooms/" + group + "/calls", Map.of("media", "audio")).status()).isEqualTo(404);
        assertThat(eve.api().post("/v1/rooms/" + group + "/calls", Map.of("media", "audio")).status()).isEqualTo(404);
    }

    @Test
    void a_room_with_nobody_else_in_it_has_nobody_to_call() {
        var ana = node.newUser("ana");
        String alone = ana.createRoom("group", "Notes");

        var refused = ana.api().post("/v1/rooms/" + alone + "/calls", Map.of("media", "audio"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("call_not_possible");
        assertThat(refused.json().get("detail").asText()).isEqualTo("nobody else is in this room to call");
    }

    @Test
    void a_call_in_a_room_one_is_not_in_does_not_exist_for_them() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = node.newUser("bob");
        var eve = node.newUser("eve");
        String call = ana.startCall(Phone.directRoom(ana.user(), bob));

        for (var path : new String[] {"", "/accept", "/reject", "/hangup", "/livekit-token"}) {
            var answer = path.isEmpty() ? eve.api().get("/v1/calls/" + call)
                    : eve.api().post("/v1/calls/" + call + path, null);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.code()).as(path).isEqualTo("call_not_found");
        }
        assertThat(eve.api().get("/v1/calls/not-a-uuid").status()).isEqualTo(400);
        assertThat(ana.user().api().get("/v1/calls/" + call).json().get("state").asText()).isEqualTo("ringing");
    }

    @Test
    void accepting_twice_or_after_the_end_is_a_conflict_and_changes_nothing() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = Phone.of(sessions, node.newUser("bob"));
        String room = Phone.directRoom(ana.user(), bob.user());
        String call = ana.startCall(room);
        bob.accept(call);

        var twice = bob.accept(call);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("call_state_conflict");
        assertThat(twice.json().get("detail").asText()).isEqualTo("you are in this call already");
        assertThat(ana.accept(call).code()).isEqualTo("call_state_conflict");
        bob.hangup(call);

        var late = bob.accept(call);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("call_ended");
        assertThat(late.json().get("detail").asText()).isEqualTo("this call has ended");
        assertThat(bob.reject(call).code()).isEqualTo("call_ended");
        assertThat(ana.user().api().get("/v1/calls/" + call).json().get("outcome").asText()).isEqualTo("answered");
    }

    @Test
    void a_group_larger_than_a_mesh_without_livekit_is_refused_with_a_clear_detail() {
        var ana = node.newUser("ana");
        String big = ana.createRoom("group", "Big", node.newUser("b"), node.newUser("c"), node.newUser("d"),
                node.newUser("e"));

        var refused = ana.api().post("/v1/rooms/" + big + "/calls", Map.of("media", "video"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("livekit_not_configured");
        assertThat(refused.json().get("detail").asText())
                .isEqualTo("this room has 5 members; calls of more than 4 people need a LiveKit server, and none is"
                        + " configured (livekit.url)");
    }

    @Test
    void a_livekit_token_on_a_server_without_livekit_is_a_conflict_that_says_what_to_configure() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        String call = ana.startCall(Phone.directRoom(ana.user(), node.newUser("bob")));

        var refused = ana.user().api().post("/v1/calls/" + call + "/livekit-token", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("livekit_not_configured");
        assertThat(refused.json().get("detail").asText()).contains("livekit.url");
    }
}
