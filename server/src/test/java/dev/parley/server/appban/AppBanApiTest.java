package dev.parley.server.appban;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.TestNode;
import dev.parley.server.ws.WsTestClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * App-wide bans over real HTTP and WebSocket: only app admins ban; a banned user's open sessions
 * end and their tokens are refused everywhere (so they post nowhere) until the ban is lifted or
 * ends; audited.
 */
class AppBanApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Test
    void a_banned_user_is_disconnected_refused_everywhere_and_back_once_lifted() throws Exception {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = bob.createRoom("group", "Team", ana);
        ana.send(room, "before");
        try (var socket = WsTestClient.connect(node)) {
            socket.authenticate(node.token(ana.id()));
            var banned = admin.api().post("/v1/admin/users/" + ana.id() + "/ban", Map.of("reason", "spam"));
            assertThat(banned.status()).as(banned.toString()).isEqualTo(201);
            assertThat(banned.json().get("reason").asText()).isEqualTo("spam");
            assertThat(banned.json().has("expiresAt")).isFalse();
            assertThat(socket.awaitClosed(Duration.ofSeconds(10)).code()).isEqualTo(4401);
        }
        var refused = ana.api().post("/v1/rooms/" + room + "/messages", Map.of("text", "after"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("banned");
        assertThat(refused.json().get("detail").asText()).isEqualTo("you are banned from this app: spam");
        var fresh = new ApiClient(node.url(), node.token(ana.id()));
        assertThat(fresh.get("/v1/rooms").code()).isEqualTo("banned");
        assertThat(bob.api().allMessages(room)).hasSize(1);

        assertThat(node.server().delete("/v1/admin/users/" + ana.id() + "/ban").status()).isEqualTo(204);
        assertThat(ana.api().post("/v1/rooms/" + room + "/messages", Map.of("text", "sorry")).status()).isEqualTo(201);
        var audit = node.server().get("/v1/admin/audit?action=user.ban&actorId=" + admin.id()).json();
        assertThat(audit.get("items")).hasSize(1);
        assertThat(node.server().get("/v1/admin/audit?action=user.unban&actorId=%28api%20secret%29").json()
                .get("items").findValuesAsText("targetId")).contains(ana.id());
    }

    @Test
    void a_ban_with_a_duration_ends_by_itself() {
        var ana = node.newUser("ana");
        var ban = node.server().post("/v1/admin/users/" + ana.id() + "/ban", Map.of("durationSeconds", 1));
        assertThat(ban.json().has("expiresAt")).isTrue();
        assertThat(ana.api().get("/v1/rooms").code()).isEqualTo("banned");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> ana.api().get("/v1/rooms").status() == 200);
    }

    @Test
    void only_app_admins_ban_and_a_refusal_changes_nothing() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var forbidden = bob.api().post("/v1/admin/users/" + ana.id() + "/ban", Map.of("reason", "I don't like her"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.code()).isEqualTo("forbidden");
        assertThat(bob.api().delete("/v1/admin/users/" + ana.id() + "/ban").status()).isEqualTo(403);
        assertThat(ana.api().get("/v1/rooms").status()).isEqualTo(200);
    }

    @Test
    void bad_bans_are_refused_in_plain_words() {
        var admin = node.newUser("admin", "admin");
        var self = admin.api().post("/v1/admin/users/" + admin.id() + "/ban", Map.of());
        assertThat(self.code()).isEqualTo("validation_failed");
        assertThat(self.json().get("detail").asText()).isEqualTo("you cannot ban yourself");
        assertThat(node.server().post("/v1/admin/users/nobody-here/ban", Map.of()).code()).isEqualTo("user_not_found");
        var ana = node.newUser("ana");
        var zero = node.server().post("/v1/admin/users/" + ana.id() + "/ban", Map.of("durationSeconds", 0));
        assertThat(zero.code()).isEqualTo("validation_failed");
        assertThat(node.server().post("/v1/admin/users/" + ana.id() + "/ban", Map.of("reason", "x".repeat(501)))
                .code()).isEqualTo("validation_failed");
        assertThat(ana.api().get("/v1/rooms").status()).isEqualTo(200);
    }
}
