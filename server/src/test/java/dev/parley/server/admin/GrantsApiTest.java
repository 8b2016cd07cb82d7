package dev.parley.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.grant.Grants;
import dev.parley.server.TestNode;
import dev.parley.server.protocol.AdminWire;
import dev.parley.server.ws.WsTestClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET} · {@code PUT /v1/admin/permissions}: the grants document changed at run time by app
 * admins, enforced at once on REST and WebSocket, told to every connection, and reflected in
 * every room's {@code ownCapabilities} and in {@code /chat/config}'s {@code permissions}.
 */
class GrantsApiTest {
    private static final String PATH = "/v1/admin/permissions";

    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @AfterEach
    void restoreTheDefaults() {
        assertThat(node.server().put(PATH, defaults()).status()).isEqualTo(200);
    }

    @Test
    void an_admin_reads_the_defaults_then_takes_sending_away_from_users_and_it_applies_at_once() throws Exception {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Quiet", admin);
        var before = admin.api().get(PATH);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().at("/app/user").toString()).contains("send-message");
        assertThat(capabilities(ana, room)).contains("send-message", "manage-members", "delete-any-message");

        try (var socket = WsTestClient.connect(node)) {
            socket.authenticate(node.token(ana.id()));
            var changed = admin.api().put(PATH, withRole("app", "user", "react", "edit-own-message"));

            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.header("ETag")).isNotEqualTo(before.header("ETag"));
            assertThat(changed.json().at("/app/user").toString()).isEqualTo("[\"react\",\"edit-own-message\"]");
            assertThat(socket.awaitType("permissions.changed").get("version").asLong()).isPositive();

            var refused = ana.api().post("/v1/rooms/" + room + "/messages", Map.of("text", "still here?"));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("forbidden");
            assertThat(refused.json().get("detail").asText()).contains("may not send message");
            socket.send(WsTestClient.frame("message.send", "roomId", room, "text", "hi", "clientId", "c1", "ref", "r1"));
            assertThat(socket.awaitReply("r1").get("code").asText()).isEqualTo("forbidden");
        }
        assertThat(capabilities(ana, room)).doesNotContain("send-message").contains("react", "manage-members");
        assertThat(admin.api().allMessages(room)).isEmpty();
        var config = ana.api().get("/chat/config").json().get("permissions");
        assertThat(config.get("sendMessages").asBoolean()).isFalse();
        assertThat(config.get("react").asBoolean()).isTrue();
    }

    @Test
    void a_room_role_grant_shows_in_that_rooms_capabilities_only() {
        var owner = node.newUser("owner");
        var mod = node.newUser("mod");
        String group = owner.createRoom("group", "Team", mod);
        String channel = owner.createRoom("channel", "Lobby", mod);
        for (String room : List.of(group, channel)) {
            owner.api().patch("/v1/rooms/" + room + "/members/" + mod.id(), Map.of("role", "moderator"));
        }

        assertThat(node.server().put(PATH, withRole("channel", "moderator", "update-room")).status()).isEqualTo(200);

        assertThat(capabilities(mod, channel)).contains("update-room").doesNotContain("delete-any-message");
        assertThat(capabilities(mod, group)).contains("update-room", "delete-any-message");
        String id = owner.send(channel, "mine").get("id").asText();
        assertThat(mod.api().delete("/v1/rooms/" + channel + "/messages/" + id).status()).isEqualTo(403);
        assertThat(mod.api().patch("/v1/rooms/" + channel, Map.of("topic", "new")).status()).isEqualTo(200);
    }

    @Test
    void nobody_but_an_app_admin_reads_or_changes_the_grants_and_nothing_changes() {
        var user = node.newUser("user");
        var bot = node.newUser("bot", "bot");
        var guest = node.newUser("guest", "guest");
        String before = node.server().get(PATH).body();

        for (var caller : List.of(user, bot, guest)) {
            for (var response : List.of(caller.api().get(PATH), caller.api().put(PATH, Map.of("app", Map.of())),
                    caller.api().put(PATH, "not even a document"))) {
                assertThat(response.status()).as(response.toString()).isEqualTo(403);
                assertThat(response.code()).isEqualTo("forbidden");
                assertThat(response.json().get("detail").asText()).contains("only app admins");
            }
        }
        assertThat(node.anonymous().get(PATH).status()).isEqualTo(401);
        assertThat(node.server().get(PATH).body()).isEqualTo(before);
    }

    @Test
    void a_document_with_unknown_roles_or_grants_is_refused_naming_them_and_the_old_one_stays() {
        String before = node.server().get(PATH).body();
        var document = new LinkedHashMap<String, Object>(defaults());
        document.put("app", Map.of("superuser", List.of("send-message"), "user", List.of("fly", "!send-message")));
        document.put("lobby", Map.of("member", List.of()));

        var refused = node.server().put(PATH, document);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("validation_failed");
        assertThat(refused.json().get("detail").asText()).contains("app.superuser", "fly", "lobby")
                .doesNotContain("Exception", "jackson");
        assertThat(node.server().get(PATH).body()).isEqualTo(before);
    }

    @Test
    void a_document_of_the_wrong_shape_is_refused_in_plain_words() {
        for (Object bad : List.of(Map.of("app", List.of("send-message")), Map.of("app", Map.of("user", "react")),
                Map.of("app", Map.of("user", List.of(1, 2))))) {
            var refused = node.server().put(PATH, bad);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("detail").asText()).contains("app").contains("{scope: {role:");
        }
        var malformed = node.server().raw("PUT", PATH, "application/json", "{\"app\":".getBytes());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("malformed_json");
    }

    @Test
    void a_guest_posts_where_invited_but_neither_creates_rooms_nor_browses_channels() {
        var host = node.newUser("host");
        var guest = node.newUser("guest", "guest");
        String room = host.createRoom("group", "Support", guest);
        host.createRoom("channel", "Public");

        assertThat(guest.api().post("/v1/rooms/" + room + "/messages", Map.of("text", "hello")).status()).isEqualTo(201);
        assertThat(guest.api().post("/v1/rooms", Map.of("type", "group", "name", "Mine", "memberIds", List.of()))
                .status()).isEqualTo(403);
        assertThat(guest.api().get("/v1/channels").status()).isEqualTo(403);
        assertThat(guest.api().get("/v1/users?query=ho").status()).isEqualTo(403);
        var config = guest.api().get("/chat/config").json();
        assertThat(config.at("/user/role").asText()).isEqualTo("guest");
        assertThat(config.at("/permissions/createGroups").asBoolean()).isFalse();
        assertThat(config.at("/permissions/joinChannels").asBoolean()).isFalse();
        assertThat(config.at("/permissions/searchUsers").asBoolean()).isFalse();
        assertThat(config.at("/permissions/sendMessages").asBoolean()).isTrue();
    }

    private static List<String> capabilities(TestNode.User user, String room) {
        JsonNode caps = user.api().get("/v1/rooms/" + room).json().get("ownCapabilities");
        List<String> names = new ArrayList<>();
        caps.forEach(cap -> names.add(cap.asText()));
        return names;
    }

    private static Map<String, Object> defaults() {
        var wire = AdminWire.grants(Grants.defaultDocument());
        var document = new LinkedHashMap<String, Object>();
        document.put("app", wire.app());
        document.put("channel", wire.channel());
        document.put("group", wire.group());
        return document;
    }

    private static Map<String, Object> withRole(String scope, String role, String... rules) {
        var document = defaults();
        @SuppressWarnings("unchecked")
        var roles = new LinkedHashMap<>((Map<String, List<String>>) document.getOrDefault(scope, Map.of()));
        roles.put(role, List.of(rules));
        document.put(scope, roles);
        return document;
    }

}
