package dev.parley.server.slowmode;

import static dev.parley.server.ws.WsTestClient.frame;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.TestNode;
import dev.parley.server.ws.WsTestClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slow mode over real HTTP and WebSocket: set by those who may update the room, told to the room,
 * a member posts once per interval (429 {@code slow_mode} with {@code Retry-After}), moderators
 * are not paced, and two sessions of one user racing get one turn.
 */
class SlowModeApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    private record Room(String id, TestNode.User owner, TestNode.User mod, TestNode.User ana) {
        String path(String rest) {
            return "/v1/rooms/" + id + rest;
        }
    }

    private static Room slowRoom(int seconds) {
        var owner = node.newUser("owner");
        var mod = node.newUser("mod");
        var ana = node.newUser("ana");
        String id = owner.createRoom("channel", "Slow", mod, ana);
        owner.api().patch("/v1/rooms/" + id + "/members/" + mod.id(), Map.of("role", "moderator"));
        var room = new Room(id, owner, mod, ana);
        if (seconds > 0) {
            var set = mod.api().patch(room.path(""), Map.of("slowModeSeconds", seconds));
            assertThat(set.status()).as(set.toString()).isEqualTo(200);
            assertThat(set.json().get("slowModeSeconds").asInt()).isEqualTo(seconds);
        }
        return room;
    }

    @Test
    void a_member_posts_once_per_interval_and_is_told_how_long_to_wait_over_rest_and_websocket() {
        var room = slowRoom(60);
        assertThat(room.ana().api().post(room.path("/messages"), Map.of("text", "first")).status()).isEqualTo(201);

        var refused = room.ana().api().post(room.path("/messages"), Map.of("text", "second"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("slow_mode");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.json().get("detail").asText()).startsWith("slow mode: you may post once every 60 s here");
        try (var socket = WsTestClient.connect(node)) {
            socket.authenticate(node.token(room.ana().id()));
            socket.send(frame("message.send", "roomId", room.id(), "text", "third", "clientId", "s3", "ref", "r1"));
            assertThat(socket.awaitReply("r1").get("code").asText()).isEqualTo("slow_mode");
        }
        assertThat(room.owner().api().allMessages(room.id())).hasSize(1);
    }

    @Test
    void the_owner_and_moderators_are_not_paced() {
        var room = slowRoom(60);
        for (var user : List.of(room.owner(), room.mod(), room.owner(), room.mod())) {
            assertThat(user.api().post(room.path("/messages"), Map.of("text", "announcement")).status())
                    .isEqualTo(201);
        }
    }

    @Test
    void two_sessions_of_one_user_racing_get_exactly_one_turn() throws Exception {
        for (int round = 0; round < 3; round++) {
            var room = slowRoom(60);
            List<ApiClient> sessions = List.of(new ApiClient(node.url(), node.token(room.ana().id())),
                    new ApiClient(node.url(), node.token(room.ana().id())),
                    new ApiClient(node.url(), node.token(room.ana().id())));
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> sends = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                var session = sessions.get(i);
                String text = "race " + i;
                sends.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return session.post(room.path("/messages"), Map.of("text", text)).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = sends.stream().map(CompletableFuture::join).toList();
            assertThat(statuses).as("round " + round).containsOnly(201, 429).containsOnlyOnce(201);
            assertThat(room.owner().api().allMessages(room.id())).hasSize(1);
        }
    }

    @Test
    void turning_slow_mode_on_and_off_is_told_to_the_room_and_audited() {
        var room = slowRoom(0);
        try (var socket = WsTestClient.connect(node)) {
            socket.authenticate(node.token(room.ana().id()));
            room.owner().api().patch(room.path(""), Map.of("slowModeSeconds", 30));
            assertThat(socket.awaitType("room.updated").get("room").get("slowModeSeconds").asInt()).isEqualTo(30);
        }
        var off = room.owner().api().patch(room.path(""), Map.of("slowModeSeconds", 0));
        assertThat(off.json().has("slowModeSeconds")).isFalse();
        room.ana().send(room.id(), "one");
        room.ana().send(room.id(), "two");
        var audit = node.server().get("/v1/admin/audit?action=room.slow_mode&actorId=" + room.owner().id()).json();
        assertThat(audit.get("items")).hasSize(2);
        assertThat(audit.get("items").get(0).get("after").asText()).isEqualTo("off");
        assertThat(audit.get("items").get(1).get("after").asText()).isEqualTo("one post per 30 s");
    }

    @Test
    void a_member_cannot_set_slow_mode_nor_can_anyone_set_a_bad_interval_and_nothing_changes() {
        var room = slowRoom(0);
        var forbidden = room.ana().api().patch(room.path(""), Map.of("slowModeSeconds", 60));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("forbidden");
        for (Object bad : List.of(-1, 21601)) {
            var refused = room.owner().api().patch(room.path(""), Map.of("slowModeSeconds", bad));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("detail").asText())
                    .isEqualTo("slowModeSeconds must be between 0 (off) and 21600");
        }
        assertThat(room.owner().api().get(room.path("")).json().has("slowModeSeconds")).isFalse();
        room.ana().send(room.id(), "one");
        room.ana().send(room.id(), "two");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
