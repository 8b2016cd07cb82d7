package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.ws.WsSessions;
import dev.parley.server.ws.WsTestClient;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mentions over REST and the WebSocket, the room list's mentionCount, per-room mute, word-start user search. */
class MentionsAndMuteApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    private static JsonNode listed(TestNode.User user, String room) {
        JsonNode page = user.api().get("/v1/rooms").json();
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .filter(r -> r.get("id").asText().equals(room)).findFirst().orElseThrow();
    }

    @Test
    void a_mention_is_stored_carried_live_and_counted_until_read() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Mentions", bob);
        WsTestClient bobLive = sessions.open(bob);

        JsonNode sent = ana.send(room, "@" + bob.id() + " look, and @nobody");

        assertThat(sent.get("mentions")).extracting(JsonNode::asText).containsExactly(bob.id());
        assertThat(sent.has("mentionsAll")).isFalse();
        JsonNode live = bobLive.awaitFrame(f -> WsTestClient.type(f).equals("message.new"));
        assertThat(live.at("/message/mentions/0").asText()).isEqualTo(bob.id());
        assertThat(listed(bob, room).get("mentionCount").asLong()).isEqualTo(1);
        assertThat(bob.api().get("/v1/rooms/" + room).json().get("mentionCount").asLong()).isEqualTo(1);
        assertThat(listed(ana, room).get("mentionCount").asLong()).isZero();

        bob.api().post("/v1/rooms/" + room + "/read", Map.of("seq", sent.get("seq").asLong()));
        assertThat(listed(bob, room).get("mentionCount").asLong()).isZero();
    }

    @Test
    void a_mention_by_display_name_is_found_case_insensitively() {
        var ana = node.newUser("ana");
        var grace = node.newUser("grace");
        node.server().put("/v1/users/" + grace.id(), Map.of("name", "Grace Kim"));
        String room = ana.createRoom("group", "Names", grace);

        JsonNode sent = ana.send(room, "thanks @grace kim!");

        assertThat(sent.get("mentions")).extracting(JsonNode::asText).containsExactly(grace.id());
    }

    @Test
    void at_all_is_plain_text_from_a_member_and_a_mention_of_everyone_from_the_owner() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Everyone", bob);

        JsonNode fromBob = bob.send(room, "@all pizza?");
        JsonNode fromAna = ana.send(room, "@here standup");

        assertThat(fromBob.has("mentionsAll")).isFalse();
        assertThat(fromAna.get("mentionsAll").asBoolean()).isTrue();
        assertThat(listed(bob, room).get("mentionCount").asLong()).isEqualTo(1);
    }

    @Test
    void chat_config_tells_the_ui_who_may_mention_everyone() {
        var ana = node.newUser("ana");
        var admin = node.newUser("admin", "admin");

        assertThat(ana.api().get("/chat/config").json().at("/permissions/mentionAll").asBoolean()).isFalse();
        assertThat(admin.api().get("/chat/config").json().at("/permissions/mentionAll").asBoolean()).isTrue();
    }

    @Test
    void a_member_mutes_and_unmutes_a_room_for_themselves_only() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Noisy", bob);

        var muted = bob.api().put("/v1/rooms/" + room + "/mute", null);
        assertThat(muted.status()).isEqualTo(200);
        assertThat(muted.json().get("muted").asBoolean()).isTrue();
        assertThat(listed(bob, room).get("muted").asBoolean()).isTrue();
        assertThat(listed(ana, room).get("muted").asBoolean()).isFalse();
        assertThat(bob.api().put("/v1/rooms/" + room + "/mute", null).status()).as("idempotent").isEqualTo(200);

        var unmuted = bob.api().delete("/v1/rooms/" + room + "/mute");
        assertThat(unmuted.status()).isEqualTo(200);
        assertThat(unmuted.json().get("muted").asBoolean()).isFalse();
        assertThat(listed(bob, room).get("muted").asBoolean()).isFalse();
    }

    @Test
    void muting_a_room_one_is_not_in_or_a_bad_id_is_refused_in_plain_words_and_changes_nothing() {
        var ana = node.newUser("ana");
        var zed = node.newUser("zed");
        String room = ana.createRoom("group", "Private");
        String channel = ana.createRoom("channel", "Open");

        var group = zed.api().put("/v1/rooms/" + room + "/mute", null);
        var open = zed.api().put("/v1/rooms/" + channel + "/mute", null);
        var bad = zed.api().put("/v1/rooms/not-a-room/mute", null);
        var anonymous = node.anonymous().put("/v1/rooms/" + room + "/mute", null);

        assertThat(group.status()).isEqualTo(404);
        assertThat(group.code()).isEqualTo("room_not_found");
        assertThat(open.status()).isEqualTo(403);
        assertThat(open.json().get("detail").asText()).contains("join");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asText()).contains("roomId");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(listed(ana, room).get("muted").asBoolean()).isFalse();
    }

    @Test
    void the_directory_finds_people_by_the_start_of_any_word_of_their_name() {
        var ana = node.newUser("ana");
        var grace = node.newUser("grace");
        String surname = "Kim" + grace.id().replaceAll("[^a-z0-9]", "");
        node.server().put("/v1/users/" + grace.id(), Map.of("name", "Grace " + surname));

        JsonNode found = ana.api().get("/v1/users?query=" + surname.toLowerCase()).json();

        List<String> ids = StreamSupport.stream(found.get("items").spliterator(), false)
                .map(u -> u.get("id").asText()).toList();
        assertThat(ids).containsExactly(grace.id());
    }
}
