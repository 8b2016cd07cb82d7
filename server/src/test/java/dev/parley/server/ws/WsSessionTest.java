package dev.parley.server.ws;

import static dev.parley.server.ws.WsTestClient.frame;
import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WsSessionTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    @Test
    void a_valid_token_gets_ready_with_the_user_and_then_a_presence_snapshot_of_room_mates() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var eve = node.newUser("eve");
        ana.createRoom("group", "Snapshot", bob);
        sessions.open(bob);
        sessions.open(eve);

        var client = sessions.connect();
        JsonNode ready = client.authenticate(node.token(ana.id()));
        JsonNode snapshot = client.awaitType("presence.snapshot");

        assertThat(ready.get("userId").asText()).isEqualTo(ana.id());
        assertThat(ready.path("sessionId").asText()).isNotBlank();
        assertThat(ready.path("replayLimit").asInt()).isEqualTo(1000);
        assertThat(ready.path("typingTtlMs").asInt()).isEqualTo(5000);
        assertThat(client.frames().indexOf(ready)).isZero();
        assertThat(client.frames().indexOf(snapshot)).isEqualTo(1);
        assertThat(snapshot.get("online")).extracting(JsonNode::asText).contains(bob.id()).doesNotContain(eve.id());
    }

    @Test
    void every_session_gets_its_own_session_id() {
        var ana = node.newUser("ana");

        String first = sessions.connect().authenticate(node.token(ana.id())).get("sessionId").asText();
        String second = sessions.connect().authenticate(node.token(ana.id())).get("sessionId").asText();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void a_socket_that_does_not_authenticate_within_ten_seconds_is_closed_with_4401() {
        var client = sessions.connect();
        long started = System.nanoTime();

        var closed = client.awaitClosed(Duration.ofSeconds(16));

        assertThat(closed.code()).as(closed.toString()).isEqualTo(4401);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(15));
        assertThat(client.frames()).isEmpty();
    }

    @Test
    void a_first_frame_other_than_auth_closes_the_socket_with_4401() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Early");
        var pinging = sessions.connect();
        var sending = sessions.connect();

        pinging.send(frame("ping", "ref", "p1"));
        sending.send(frame("message.send", "roomId", room, "text", "too early", "clientId", "early-1", "ref", "s1"));

        assertThat(pinging.awaitClosed().code()).isEqualTo(4401);
        assertThat(sending.awaitClosed().code()).isEqualTo(4401);
        assertThat(pinging.framesOfType("pong")).isEmpty();
        assertThat(sending.framesOfType("ack")).isEmpty();
        assertThat(ana.api().get("/v1/rooms/" + room + "/messages").json().get("items")).isEmpty();
    }

    @Test
    void malformed_wrongly_signed_expired_revoked_and_deactivated_tokens_close_the_socket_with_4401() {
        var ana = node.newUser("ana");
        var gone = node.newUser("gone");
        String revoked = node.token(ana.id());
        assertThat(ana.api().withBearer(revoked).post("/v1/auth/logout", null).status()).isEqualTo(204);
        String deactivated = node.token(gone.id());
        assertThat(node.server().delete("/v1/users/" + gone.id()).status()).isEqualTo(204);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("garbage", "garbage");
        tokens.put("empty", "");
        tokens.put("wrong key", WsSessions.mint("another-secret-of-at-least-32-bytes!!", ana.id(),
                Instant.now().plusSeconds(600)));
        tokens.put("expired", WsSessions.mint(TestNode.API_SECRET, ana.id(), Instant.now().minusSeconds(300)));
        tokens.put("unknown user", WsSessions.mint(TestNode.API_SECRET, "ghost", Instant.now().plusSeconds(600)));
        tokens.put("revoked", revoked);
        tokens.put("deactivated", deactivated);
        tokens.put("api secret", TestNode.API_SECRET);

        tokens.forEach((what, token) -> {
            var client = sessions.connect();
            client.send(frame("auth", "token", token));
            var closed = client.awaitClosed();
            assertThat(closed.code()).as(what + ": " + closed).isEqualTo(4401);
            assertThat(client.framesOfType("ready")).as(what).isEmpty();
        });
        var auth = sessions.connect();
        auth.send(frame("auth"));
        assertThat(auth.awaitClosed().code()).as("auth without a token").isEqualTo(4401);
    }

    @Test
    void a_second_auth_is_answered_with_already_authenticated_and_the_session_stays_open() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Twice", bob);
        var client = sessions.open(ana);

        client.send(frame("auth", "token", node.token(bob.id()), "ref", "again"));
        JsonNode error = client.awaitReply("again");
        bob.send(room, "still there?");

        assertThat(type(error)).isEqualTo("error");
        assertThat(error.get("code").asText()).isEqualTo("already_authenticated");
        client.ping();
        assertThat(client.closed()).isEmpty();
        assertThat(client.framesOfType("ready")).hasSize(1);
        client.awaitFrame(f -> type(f).equals("message.new") && f.path("roomId").asText().equals(room));
    }

    @Test
    void every_session_of_a_user_receives_every_event_of_their_rooms() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Tabs", bob);
        var tabs = java.util.List.of(sessions.open(bob), sessions.open(bob), sessions.open(bob));

        String id = ana.send(room, "to every tab").get("id").asText();

        for (var tab : tabs) {
            assertThat(tab.awaitFrame(f -> type(f).equals("message.new")).get("message").get("id").asText())
                    .isEqualTo(id);
        }
    }

    @Test
    void ping_is_answered_with_pong_echoing_the_ref() {
        var ana = node.newUser("ana");
        var client = sessions.open(ana);

        client.send(frame("ping", "ref", "p-42"));
        client.send(frame("ping"));

        assertThat(client.awaitReply("p-42").get("type").asText()).isEqualTo("pong");
        assertThat(client.awaitCount(2, f -> type(f).equals("pong"))).hasSize(2);
    }
}
