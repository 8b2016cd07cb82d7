package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.Permission;
import dev.parley.core.grant.Grants;
import dev.parley.core.grant.GrantsDocument;
import dev.parley.server.ws.WsTestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * App-role permissions from the configuration, enforced by the core services: a role without
 * a permission gets 403 {@code forbidden} and nothing changes; room roles still apply.
 */
class PermissionsApiTest {
    /**
     * Users may only read, join channels and leave (every grant revoked, so no room role gives one
     * back); bots keep their defaults; admins lose deleting others' messages.
     */
    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withGrants(grants()));

    private static Grants grants() {
        var app = new java.util.LinkedHashMap<>(Grants.defaultDocument().scopes().get("app"));
        var user = new java.util.ArrayList<>(List.of(Permission.JOIN_CHANNELS.grantName()));
        java.util.Arrays.stream(Permission.values()).filter(p -> p != Permission.JOIN_CHANNELS)
                .forEach(p -> user.add("!" + p.grantName()));
        app.put("user", user);
        var admin = new java.util.ArrayList<>(app.get("admin"));
        admin.remove("delete-any-message");
        app.put("admin", admin);
        var scopes = new java.util.LinkedHashMap<>(Grants.defaultDocument().scopes());
        scopes.put("app", app);
        return Grants.parse(new GrantsDocument(scopes));
    }

    private static void assertForbidden(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("forbidden");
        assertThat(response.json().get("detail").asText()).contains("your role (");
    }

    @Test
    void a_user_without_room_creation_rights_creates_nothing() {
        var reader = node.newUser("reader");
        var other = node.newUser("other");

        assertForbidden(reader.api().post("/v1/rooms", Map.of("type", "group", "name", "G", "memberIds", List.of())));
        assertForbidden(reader.api().post("/v1/rooms", Map.of("type", "channel", "name", "C", "memberIds", List.of())));
        assertForbidden(reader.api().post("/v1/rooms/direct", Map.of("userId", other.id())));

        assertThat(reader.api().get("/v1/rooms").json().get("items")).isEmpty();
        assertThat(other.api().get("/v1/rooms").json().get("items")).isEmpty();
    }

    @Test
    void a_user_without_message_rights_cannot_send_edit_delete_or_react_and_nothing_changes() {
        var bot = node.newUser("bot", "bot");
        var reader = node.newUser("reader");
        String room = bot.createRoom("group", "Announcements", reader);
        String id = bot.send(room, "hello").get("id").asText();
        String messages = "/v1/rooms/" + room + "/messages";

        assertForbidden(reader.api().post(messages, Map.of("text", "may I?")));
        assertForbidden(reader.api().put(messages + "/" + id + "/reactions/tada", null));

        var history = bot.api().allMessages(room);
        assertThat(history).hasSize(1);
        assertThat(history.getFirst().get("reactions")).isNullOrEmpty();
        assertThat(reader.api().get("/v1/rooms").json().at("/items/0/unreadCount").asLong()).isEqualTo(1);
    }

    @Test
    void sending_over_the_websocket_is_refused_the_same_way() throws Exception {
        var bot = node.newUser("bot", "bot");
        var reader = node.newUser("reader");
        String room = bot.createRoom("group", "Read only", reader);

        try (var socket = WsTestClient.connect(node)) {
            socket.authenticate(node.token(reader.id()));
            socket.send(WsTestClient.frame("message.send", "roomId", room, "text", "hi", "clientId", "c1", "ref", "r1"));
            var error = socket.awaitReply("r1");
            assertThat(error.get("code").asText()).isEqualTo("forbidden");
            assertThat(error.get("ref").asText()).isEqualTo("r1");
        }
        assertThat(bot.api().allMessages(room)).isEmpty();
    }

    @Test
    void an_owner_without_manage_members_cannot_add_or_remove_but_anyone_may_join_a_channel_and_leave() {
        var bot = node.newUser("bot", "bot");
        var reader = node.newUser("reader");
        var other = node.newUser("other");
        String group = bot.createRoom("group", "Team", reader);
        // Promote the reader to owner: room roles allow managing, the app role does not.
        assertThat(bot.api().patch("/v1/rooms/" + group + "/members/" + reader.id(), Map.of("role", "owner")).status())
                .isEqualTo(200);

        assertForbidden(reader.api().post("/v1/rooms/" + group + "/members", Map.of("userIds", List.of(other.id()))));
        assertForbidden(reader.api().delete("/v1/rooms/" + group + "/members/" + bot.id()));
        assertForbidden(reader.api().put("/v1/rooms/" + group + "/members", Map.of("userIds", List.of(reader.id()))));
        assertThat(bot.api().get("/v1/rooms/" + group).json().get("memberCount").asInt()).isEqualTo(2);

        String channel = bot.createRoom("channel", "Lobby");
        assertThat(reader.api().post("/v1/rooms/" + channel + "/members", Map.of("userIds", List.of(reader.id()))).status())
                .isEqualTo(200);
        assertThat(reader.api().delete("/v1/rooms/" + channel + "/members/" + reader.id()).status()).isEqualTo(204);
    }

    @Test
    void deleting_others_messages_follows_the_permission_not_the_app_role_while_room_managers_keep_it() {
        var admin = node.newUser("admin", "admin");
        var bot = node.newUser("bot", "bot");
        var helper = node.newUser("helper", "bot");
        String room = bot.createRoom("group", "Ops", admin, helper);
        String id = helper.send(room, "oops").get("id").asText();
        String message = "/v1/rooms/" + room + "/messages/" + id;

        var refused = admin.api().delete(message);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("forbidden");
        assertThat(bot.api().allMessages(room).getFirst().has("deletedAt")).isFalse();

        assertThat(bot.api().delete(message).status()).as("the owner deletes as a room manager").isEqualTo(200);
    }
}
