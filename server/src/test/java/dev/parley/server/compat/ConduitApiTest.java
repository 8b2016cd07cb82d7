package dev.parley.server.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Conduit chat routes over real HTTP: shapes, paging, permissions, and refusals that change nothing. */
class ConduitApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    private static String createRoom(TestNode.User creator, String name, TestNode.User... users) {
        var ids = java.util.Arrays.stream(users).map(TestNode.User::id).toList();
        var created = creator.api().post("/chat/rooms", Map.of("roomName", name, "users", ids));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().get("roomId").asText();
    }

    @Test
    void roomsListAndGetAnswerConduitsChatRoomDocumentsWithSkipLimitAndCount() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String first = createRoom(ana, "First", bob);
        String second = createRoom(ana, "Second", bob);
        createRoom(ana, "Third", bob);

        var all = bob.api().get("/chat/rooms").json();
        assertThat(all.get("count").asInt()).isEqualTo(3);
        assertThat(all.get("rooms")).hasSize(3);
        var page = bob.api().get("/chat/rooms?skip=1&limit=1").json();
        assertThat(page.get("count").asInt()).isEqualTo(3);
        assertThat(page.get("rooms")).hasSize(1);

        var room = bob.api().get("/chat/rooms/" + first).json();
        assertThat(room.get("_id").asText()).isEqualTo(first);
        assertThat(room.get("name").asText()).isEqualTo("First");
        assertThat(room.get("creator").asText()).isEqualTo(ana.id());
        assertThat(room.get("participants")).extracting(JsonNode::asText).containsExactlyInAnyOrder(ana.id(), bob.id());
        assertThat(room.has("createdAt")).isTrue();
        var stranger = node.newUser("stranger");
        assertThat(stranger.api().get("/chat/rooms/" + second).status()).isEqualTo(404);
    }

    @Test
    void messagesComeNewestFirstWithSkipLimitCountAndReadBy() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = createRoom(ana, "History", bob);
        for (int i = 1; i <= 5; i++) {
            ana.send(room, "m" + i);
        }
        bob.api().post("/v1/rooms/" + room + "/read", Map.of("seq", 3));
        var page = bob.api().get("/chat/messages?roomId=" + room + "&skip=1&limit=2").json();
        assertThat(page.get("count").asInt()).isEqualTo(5);
        assertThat(page.get("messages")).extracting(m -> m.get("message").asText()).containsExactly("m4", "m3");
        JsonNode m3 = page.get("messages").get(1);
        assertThat(m3.get("senderUser").asText()).isEqualTo(ana.id());
        assertThat(m3.get("room").asText()).isEqualTo(room);
        assertThat(m3.get("readBy")).extracting(JsonNode::asText).containsExactlyInAnyOrder(ana.id(), bob.id());
        assertThat(page.get("messages").get(0).get("readBy")).extracting(JsonNode::asText).containsExactly(ana.id());

        String other = createRoom(bob, "Other", ana);
        bob.send(other, "newest of all");
        var everywhere = ana.api().get("/chat/messages?limit=2").json();
        assertThat(everywhere.get("count").asInt()).isEqualTo(6);
        assertThat(everywhere.get("messages")).extracting(m -> m.get("message").asText())
                .containsExactly("newest of all", "m5");
    }

    @Test
    void theAuthorEditsAndDeletesAMessageByIdAloneAndOthersCannot() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        createRoom(ana, "Elsewhere", bob);
        String room = createRoom(ana, "Edits", bob);
        String id = ana.send(room, "typo").get("id").asText();

        var refused = bob.api().put("/chat/messages/" + id, Map.of("newMessage", "hijacked"));
        assertThat(refused.status()).isEqualTo(403);
        var edited = ana.api().put("/chat/messages/" + id, Map.of("newMessage", "fixed"));
        assertThat(edited.json().get("result").asText()).isEqualTo("Message updated successfully");
        assertThat(ana.api().allMessages(room).getFirst().get("text").asText()).isEqualTo("fixed");

        var stranger = node.newUser("stranger");
        assertThat(stranger.api().delete("/chat/messages/" + id).status()).isEqualTo(404);
        var deleted = ana.api().delete("/chat/messages/" + id);
        assertThat(deleted.json().get("result").asText()).isEqualTo("Message deleted successfully");
        assertThat(ana.api().get("/chat/messages?roomId=" + room).json().get("messages")).isEmpty();
    }

    @Test
    void theOwnerRemovesUsersAndAListWithAStrangerRemovesNobody() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cat = node.newUser("cat");
        String room = createRoom(ana, "Removals", bob, cat);
        var stranger = node.newUser("stranger");

        var refused = ana.api().put("/chat/room/" + room + "/remove", Map.of("users", List.of(bob.id(), stranger.id())));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().get("detail").asText()).contains(stranger.id());
        assertThat(bob.api().get("/chat/rooms/" + room).status()).isEqualTo(200);

        assertThat(bob.api().put("/chat/room/" + room + "/remove", Map.of("users", List.of(cat.id()))).status())
                .isEqualTo(403);
        var removed = ana.api().put("/chat/room/" + room + "/remove", Map.of("users", List.of(bob.id())));
        assertThat(removed.json().get("result").asText()).isEqualTo("Users removed");
        assertThat(bob.api().get("/chat/rooms/" + room).status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedInPlainWordsAndCreatesNothing() {
        var ana = node.newUser("ana");
        assertThat(ana.api().post("/chat/rooms", Map.of("roomName", "Lonely")).json().get("detail").asText())
                .isEqualTo("users is required and must be a non-empty array");
        assertThat(ana.api().post("/chat/rooms", "{\"roomName\":").status()).isEqualTo(400);
        assertThat(ana.api().get("/chat/messages?limit=lots").json().get("detail").asText())
                .isEqualTo("limit must be a whole number");
        assertThat(ana.api().get("/chat/messages?limit=150&skip=100").json().get("detail").asText())
                .contains("page one room at a time");
        assertThat(ana.api().put("/chat/messages/not-an-id", Map.of("newMessage", "x")).status()).isEqualTo(400);
        assertThat(node.anonymous().get("/chat/rooms").status()).isEqualTo(401);
        assertThat(ana.api().get("/chat/rooms").json().get("count").asInt()).isZero();
        assertThat(ana.api().get("/chat/config").status()).isEqualTo(200);
    }
}
