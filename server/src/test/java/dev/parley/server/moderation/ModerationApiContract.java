package dev.parley.server.moderation;

import static dev.parley.server.ws.WsTestClient.frame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import dev.parley.server.ws.WsTestClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bans, mutes and freezing over real HTTP and WebSocket: each refuses sends on both with its own
 * code, is told to the room, and is open only to those the grants allow; the owner and app
 * admins are out of a moderator's reach. Runs on each database ({@link ModerationApiTest}: H2,
 * {@link ModerationPostgresApiTest}).
 */
abstract class ModerationApiContract {
    abstract TestNode node();

    record Room(String id, TestNode.User owner, TestNode.User mod, TestNode.User ana) {
        String path(String rest) {
            return "/v1/rooms/" + id + rest;
        }
    }

    Room channel() {
        var owner = node().newUser("owner");
        var mod = node().newUser("mod");
        var ana = node().newUser("ana");
        String id = owner.createRoom("channel", "Lobby", mod, ana);
        assertThat(owner.api().patch("/v1/rooms/" + id + "/members/" + mod.id(), Map.of("role", "moderator"))
                .status()).isEqualTo(200);
        return new Room(id, owner, mod, ana);
    }

    @Test
    void a_banned_member_is_told_removed_and_cannot_post_rejoin_or_be_added_over_rest_or_websocket() {
        var room = channel();
        try (var socket = WsTestClient.connect(node())) {
            socket.authenticate(node().token(room.ana().id()));
            var banned = room.mod().api().post(room.path("/bans"), Map.of("userId", room.ana().id(), "reason", "spam"));
            assertThat(banned.status()).as(banned.toString()).isEqualTo(201);
            assertThat(banned.json().get("kind").asText()).isEqualTo("ban");

            JsonNode told = socket.awaitType("member.banned");
            assertThat(told.get("userId").asText()).isEqualTo(room.ana().id());
            assertThat(told.get("reason").asText()).isEqualTo("spam");
            socket.awaitType("member.removed");

            socket.send(frame("message.send", "roomId", room.id(), "text", "back", "clientId", "b1", "ref", "r1"));
            assertThat(socket.awaitReply("r1").get("code").asText()).isEqualTo("banned");
        }
        var rest = room.ana().api().post(room.path("/messages"), Map.of("text", "back"));
        assertThat(rest.status()).isEqualTo(403);
        assertThat(rest.code()).isEqualTo("banned");
        assertThat(room.ana().api().post(room.path("/members"), Map.of("userIds", List.of(room.ana().id()))).code())
                .isEqualTo("banned");
        assertThat(room.owner().api().post(room.path("/members"), Map.of("userIds", List.of(room.ana().id()))).code())
                .isEqualTo("banned");
        assertThat(room.owner().api().get(room.path("")).json().get("memberCount").asInt()).isEqualTo(2);
        assertThat(room.owner().api().allMessages(room.id())).isEmpty();

        assertThat(room.mod().api().delete(room.path("/bans/" + room.ana().id())).status()).isEqualTo(204);
        assertThat(room.ana().api().post(room.path("/members"), Map.of("userIds", List.of(room.ana().id()))).status())
                .isEqualTo(200);
    }

    @Test
    void a_ban_that_expires_while_the_user_is_connected_lets_them_back_in() {
        var room = channel();
        try (var socket = WsTestClient.connect(node())) {
            socket.authenticate(node().token(room.ana().id()));
            room.mod().api().post(room.path("/bans"), Map.of("userId", room.ana().id(), "durationSeconds", 1));
            socket.awaitType("member.removed");

            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> room.ana().api()
                    .post(room.path("/members"), Map.of("userIds", List.of(room.ana().id()))).status() == 200);
            var reply = socket.sendAndAwaitReply(room.id(), "I'm back", "c-back");
            assertThat(reply.get("type").asText()).isEqualTo("ack");
        }
    }

    @Test
    void a_muted_member_reads_but_every_send_is_refused_over_rest_and_websocket() {
        var room = channel();
        room.owner().send(room.id(), "welcome");
        assertThat(room.mod().api().post(room.path("/mutes"), Map.of("userId", room.ana().id())).status())
                .isEqualTo(201);

        assertThat(room.ana().api().post(room.path("/messages"), Map.of("text", "hm")).code()).isEqualTo("muted");
        try (var socket = WsTestClient.connect(node())) {
            socket.authenticate(node().token(room.ana().id()));
            socket.send(frame("message.send", "roomId", room.id(), "text", "hm", "clientId", "m1", "ref", "r1"));
            assertThat(socket.awaitReply("r1").get("code").asText()).isEqualTo("muted");
        }
        assertThat(room.ana().api().allMessages(room.id())).hasSize(1);
        assertThat(room.mod().api().delete(room.path("/mutes/" + room.ana().id())).status()).isEqualTo(204);
        assertThat(room.ana().api().post(room.path("/messages"), Map.of("text", "thanks")).status()).isEqualTo(201);
    }

    @Test
    void a_frozen_room_refuses_members_sends_over_rest_and_websocket_while_moderators_post() {
        var room = channel();
        try (var socket = WsTestClient.connect(node())) {
            socket.authenticate(node().token(room.ana().id()));
            var frozen = room.mod().api().patch(room.path(""), Map.of("frozen", true));
            assertThat(frozen.status()).as(frozen.toString()).isEqualTo(200);
            assertThat(socket.awaitType("room.frozen").get("frozen").asBoolean()).isTrue();

            socket.send(frame("message.send", "roomId", room.id(), "text", "hi", "clientId", "f1", "ref", "r1"));
            assertThat(socket.awaitReply("r1").get("code").asText()).isEqualTo("room_frozen");
        }
        var refused = room.ana().api().post(room.path("/messages"), Map.of("text", "hi"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("room_frozen");
        assertThat(room.mod().api().post(room.path("/messages"), Map.of("text", "notice")).status()).isEqualTo(201);
        assertThat(room.ana().api().patch(room.path(""), Map.of("frozen", false)).status()).isEqualTo(403);

        assertThat(room.owner().api().patch(room.path(""), Map.of("frozen", false)).status()).isEqualTo(200);
        assertThat(room.ana().api().post(room.path("/messages"), Map.of("text", "hi")).status()).isEqualTo(201);
    }

    @Test
    void own_capabilities_drop_posting_while_muted_or_frozen_out_and_the_room_says_why() {
        var room = channel();
        assertThat(capabilities(room.ana(), room)).contains("send-message");
        room.mod().api().post(room.path("/mutes"), Map.of("userId", room.ana().id(), "durationSeconds", 3600));

        JsonNode muted = room.ana().api().get(room.path("")).json();
        assertThat(names(muted.get("ownCapabilities"))).doesNotContain("send-message", "mention-all").contains("react");
        assertThat(muted.get("mutedByModerator").asBoolean()).isTrue();
        assertThat(muted.get("mutedByModeratorUntil").asText()).isNotBlank();
        JsonNode listed = room.ana().api().get("/v1/rooms").json().get("items").get(0);
        assertThat(names(listed.get("ownCapabilities"))).doesNotContain("send-message");
        assertThat(room.mod().api().get(room.path("")).json().has("mutedByModerator")).isFalse();

        room.mod().api().delete(room.path("/mutes/" + room.ana().id()));
        room.mod().api().patch(room.path(""), Map.of("frozen", true));
        JsonNode frozen = room.ana().api().get(room.path("")).json();
        assertThat(frozen.get("frozen").asBoolean()).isTrue();
        assertThat(frozen.has("mutedByModerator")).isFalse();
        assertThat(names(frozen.get("ownCapabilities"))).doesNotContain("send-message");
        assertThat(capabilities(room.mod(), room)).contains("send-message", "freeze-room");

        room.mod().api().patch(room.path(""), Map.of("frozen", false));
        JsonNode thawed = room.ana().api().get(room.path("")).json();
        assertThat(thawed.has("frozen")).isFalse();
        assertThat(names(thawed.get("ownCapabilities"))).contains("send-message");
    }

    @Test
    void a_muted_member_who_leaves_and_joins_the_channel_again_is_still_muted() {
        var room = channel();
        room.mod().api().post(room.path("/mutes"), Map.of("userId", room.ana().id()));
        assertThat(room.ana().api().delete(room.path("/members/" + room.ana().id())).status()).isEqualTo(204);
        assertThat(room.ana().api().post(room.path("/members"), Map.of("userIds", List.of(room.ana().id()))).status())
                .isEqualTo(200);

        assertThat(room.ana().api().post(room.path("/messages"), Map.of("text", "fresh start")).code())
                .isEqualTo("muted");
        assertThat(capabilities(room.ana(), room)).doesNotContain("send-message");
    }

    @Test
    void appends_to_a_streamed_reply_are_refused_like_sends_to_a_muted_or_banned_bot_and_in_a_frozen_room() {
        var room = channel();
        var bot = node().newUser("helper", "bot");
        room.owner().api().post(room.path("/members"), Map.of("userIds", List.of(bot.id())));
        var started = bot.api().post(room.path("/messages"),
                Map.of("text", "Thinking", "clientId", "s-" + System.nanoTime(), "streaming", true));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String stream = room.path("/messages/" + started.json().get("id").asText() + "/stream");

        room.mod().api().post(room.path("/mutes"), Map.of("userId", bot.id()));
        var muted = bot.api().post(stream, Map.of("append", " more"));
        assertThat(muted.status()).isEqualTo(403);
        assertThat(muted.code()).isEqualTo("muted");
        room.mod().api().delete(room.path("/mutes/" + bot.id()));

        room.mod().api().patch(room.path(""), Map.of("frozen", true));
        assertThat(bot.api().post(stream, Map.of("append", " more")).code()).isEqualTo("room_frozen");
        room.mod().api().patch(room.path(""), Map.of("frozen", false));
        assertThat(bot.api().post(stream, Map.of("append", "…")).status()).isEqualTo(200);

        room.mod().api().post(room.path("/bans"), Map.of("userId", bot.id()));
        var banned = bot.api().post(stream, Map.of("append", " more", "final", true));
        assertThat(banned.status()).isEqualTo(403);
        assertThat(banned.code()).isEqualTo("banned");
        assertThat(room.owner().api().allMessages(room.id())).singleElement()
                .satisfies(m -> assertThat(m.get("text").asText()).isEqualTo("Thinking…"));
    }

    private static List<String> capabilities(TestNode.User user, Room room) {
        return names(user.api().get(room.path("")).json().get("ownCapabilities"));
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new java.util.ArrayList<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    @Test
    void a_moderator_cannot_ban_the_owner_or_an_admin_and_a_member_cannot_ban_at_all_and_nothing_changes() {
        var room = channel();
        var admin = node().newUser("admin", "admin");
        room.owner().api().post(room.path("/members"), Map.of("userIds", List.of(admin.id())));

        for (var target : List.of(room.owner(), admin)) {
            var refused = room.mod().api().post(room.path("/bans"), Map.of("userId", target.id()));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("forbidden");
        }
        assertThat(room.ana().api().post(room.path("/bans"), Map.of("userId", room.mod().id())).status())
                .isEqualTo(403);
        assertThat(room.ana().api().post(room.path("/mutes"), Map.of("userId", room.mod().id())).status())
                .isEqualTo(403);
        assertThat(room.owner().api().get(room.path("")).json().get("memberCount").asInt()).isEqualTo(4);
        assertThat(room.mod().api().post(room.path("/messages"), Map.of("text", "fine")).status()).isEqualTo(201);
        assertThat(admin.api().post(room.path("/bans"), Map.of("userId", room.owner().id())).status())
                .as("an app admin may").isEqualTo(201);
    }

    @Test
    void bad_input_is_refused_in_plain_words() {
        var room = channel();
        var api = room.mod().api();

        assertThat(api.post(room.path("/bans"), Map.of("userId", room.ana().id(), "durationSeconds", 0))
                .json().get("detail").asText()).contains("durationSeconds must be between 1");
        assertThat(api.post(room.path("/bans"), Map.of("userId", room.ana().id(), "reason", "x".repeat(501)))
                .status()).isEqualTo(400);
        assertThat(api.post(room.path("/bans"), Map.of("reason", "who?")).json().get("detail").asText())
                .contains("userId");
        assertThat(api.post(room.path("/bans"), Map.of("userId", "nobody-" + System.nanoTime())).code())
                .isEqualTo("user_not_found");
        assertThat(api.post(room.path("/bans"), Map.of("userId", room.mod().id())).json().get("detail").asText())
                .contains("yourself");
        assertThat(api.post("/v1/rooms/not-a-uuid/bans", Map.of("userId", room.ana().id())).status()).isEqualTo(400);
        assertThat(room.ana().api().post(room.path("/messages"), Map.of("text", "untouched")).status()).isEqualTo(201);
    }
}
