package dev.parley.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A change to what already is changes nothing: no {@code updatedAt} or {@code editedAt} bump and
 * no event. Each test then makes a real change, whose event must be the first one that arrives.
 */
class NoOpPatchTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    static TestNode.User ana;
    static TestNode.User bob;

    @BeforeAll
    static void users() {
        ana = node.newUser("ana");
        bob = node.newUser("bob");
    }

    private static WsTestClient watching(TestNode.User user) {
        var client = WsTestClient.connect(node);
        client.authenticate(node.token(user.id()));
        return client;
    }

    @Test
    void patching_a_room_with_its_own_name_bumps_nothing_and_sends_no_event() {
        String room = ana.createRoom("group", "Same", bob);
        try (var bobs = watching(bob)) {
            String before = ana.api().get("/v1/rooms/" + room).json().get("updatedAt").asText();

            var same = ana.api().patch("/v1/rooms/" + room, Map.of("name", "Same"));
            assertThat(same.status()).isEqualTo(200);
            assertThat(same.json().get("updatedAt").asText()).isEqualTo(before);
            ana.api().patch("/v1/rooms/" + room, Map.of("name", "Renamed"));

            JsonNode first = bobs.awaitType("room.updated");
            assertThat(first.toString()).contains("Renamed");
        }
    }

    @Test
    void editing_a_message_to_the_same_text_bumps_nothing_and_sends_no_event() {
        String room = ana.createRoom("group", "Edits", bob);
        String message = ana.send(room, "hello").get("id").asText();
        try (var bobs = watching(bob)) {
            String path = "/v1/rooms/" + room + "/messages/" + message;

            var same = ana.api().patch(path, Map.of("text", "hello"));
            assertThat(same.status()).isEqualTo(200);
            assertThat(same.json().has("editedAt")).as(same.body()).isFalse();
            ana.api().patch(path, Map.of("text", "hello again"));

            JsonNode first = bobs.awaitType("message.updated");
            assertThat(first.toString()).contains("hello again");
        }
    }

    @Test
    void giving_a_member_the_role_they_have_sends_no_event() {
        String room = ana.createRoom("group", "Roles", bob);
        try (var bobs = watching(bob)) {
            String path = "/v1/rooms/" + room + "/members/" + bob.id();

            assertThat(ana.api().patch(path, Map.of("role", "member")).status()).isEqualTo(200);
            ana.api().patch(path, Map.of("role", "moderator"));

            JsonNode first = bobs.awaitType("member.updated");
            assertThat(first.toString()).contains("moderator");
        }
    }

    @Test
    void putting_a_user_again_unchanged_keeps_updated_at() {
        String path = "/v1/users/" + bob.id();
        var current = node.server().get(path).json();

        var again = node.server().put(path, Map.of("name", current.get("name").asText(), "role", "user"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("updatedAt").asText()).isEqualTo(current.get("updatedAt").asText());
    }
}
