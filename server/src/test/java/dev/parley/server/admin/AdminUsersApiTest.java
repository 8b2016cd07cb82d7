package dev.parley.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.TestNode;
import dev.parley.server.ws.WsTestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /v1/admin/users} and {@code /v1/admin/stats}: app admins manage users with their own token and read the dashboard. */
class AdminUsersApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Test
    void an_admin_lists_every_user_deactivated_ones_too() {
        var admin = node.newUser("admin", "admin");
        var gone = node.newUser("zed");
        node.server().delete("/v1/users/" + gone.id());

        var page = admin.api().get("/v1/admin/users?query=" + gone.id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().at("/items/0/id").asText()).isEqualTo(gone.id());
        assertThat(page.json().at("/items/0/active").asBoolean()).isFalse();
        assertThat(page.json().at("/items/0/role").asText()).isEqualTo("user");
    }

    @Test
    void an_admin_sets_a_role_deactivates_and_reactivates_a_user_and_each_change_is_audited() {
        var admin = node.newUser("admin", "admin");
        var kim = node.newUser("kim");
        String path = "/v1/admin/users/" + kim.id();

        var promoted = admin.api().patch(path, Map.of("role", "admin"));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().get("role").asText()).isEqualTo("admin");
        assertThat(kim.api().get("/v1/admin/stats").status()).isEqualTo(200);

        var deactivated = admin.api().patch(path, Map.of("role", "user", "active", false));
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(deactivated.json().get("role").asText()).isEqualTo("user");
        assertThat(kim.api().get("/v1/rooms").status()).isEqualTo(401);

        var reactivated = admin.api().patch(path, Map.of("active", true));
        assertThat(reactivated.json().get("active").asBoolean()).isTrue();
        var fresh = node.token(kim.id());
        assertThat(new dev.parley.server.ApiClient(node.url(), fresh).get("/v1/rooms").status()).isEqualTo(200);
        assertThat(new dev.parley.server.ApiClient(node.url(), fresh).get("/v1/admin/stats").status()).isEqualTo(403);

        var audit = admin.api().get("/v1/admin/audit?actorId=" + admin.id()).json().get("items");
        assertThat(audit).extracting(e -> e.get("action").asText())
                .containsExactly("user.reactivate", "user.deactivate", "user.role", "user.role");
        assertThat(audit.get(3).get("before").asText()).isEqualTo("user");
        assertThat(audit.get(3).get("after").asText()).isEqualTo("admin");
        assertThat(audit).allSatisfy(e -> assertThat(e.get("targetId").asText()).isEqualTo(kim.id()));
    }

    @Test
    void an_admin_keeps_their_own_admin_role_and_bad_changes_are_refused_in_plain_words() {
        var admin = node.newUser("admin", "admin");
        String self = "/v1/admin/users/" + admin.id();
        assertThat(admin.api().patch(self, Map.of("role", "user")).json().get("detail").asText())
                .contains("your own admin role");
        assertThat(admin.api().patch(self, Map.of("active", false)).status()).isEqualTo(400);
        assertThat(admin.api().get("/v1/admin/stats").status()).isEqualTo(200);
        assertThat(admin.api().patch(self, Map.of()).json().get("detail").asText()).contains("role or active");
        assertThat(admin.api().patch("/v1/admin/users/" + admin.id(), Map.of("role", "emperor")).status())
                .isEqualTo(400);
        assertThat(admin.api().patch("/v1/admin/users/nobody-here", Map.of("role", "user")).code())
                .isEqualTo("user_not_found");
        assertThat(admin.api().get("/v1/admin/audit?actorId=" + admin.id()).json().get("items")).isEmpty();
    }

    @Test
    void an_admin_resets_a_password_the_user_then_signs_in_with_it_and_the_audit_keeps_no_password() {
        var admin = node.newUser("admin", "admin");
        var kim = node.newUser("kim");
        String path = "/v1/admin/users/" + kim.id() + "/password";

        assertThat(admin.api().post(path, Map.of("password", "short")).json().get("detail").asText())
                .contains("password must be 8-256 characters");
        assertThat(admin.api().post(path, Map.of("password", "a new long secret")).status()).isEqualTo(204);

        var login = node.anonymous().post("/v1/auth/login", Map.of("userId", kim.id(), "password", "a new long secret"));
        assertThat(login.status()).isEqualTo(200);
        var audit = admin.api().get("/v1/admin/audit?actorId=" + admin.id() + "&action=user.password_reset");
        assertThat(audit.json().at("/items/0/targetId").asText()).isEqualTo(kim.id());
        assertThat(audit.body()).doesNotContain("a new long secret");
        assertThat(admin.api().post("/v1/admin/users/nobody-here/password", Map.of("password", "long enough!")).code())
                .isEqualTo("user_not_found");
    }

    @Test
    void the_dashboard_counts_users_rooms_todays_messages_and_this_nodes_sessions() {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Counted");
        ana.send(room, "hello");
        try (var socket = WsTestClient.connect(node)) {
            socket.authenticate(node.token(ana.id()));

            var stats = admin.api().get("/v1/admin/stats").json();

            assertThat(stats.get("users").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(stats.get("activeUsers").asLong()).isLessThanOrEqualTo(stats.get("users").asLong());
            assertThat(stats.get("rooms").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(stats.get("messagesToday").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(stats.get("dayStart").asText()).endsWith("T00:00:00Z");
            assertThat(stats.get("sessionsOnline").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(stats.get("sessionsScope").asText()).isEqualTo("node");
        }
    }

    @Test
    void nobody_but_an_app_admin_manages_users_and_a_refused_change_changes_nothing() {
        var ana = node.newUser("ana");
        var guest = node.newUser("guest", "guest");
        var kim = node.newUser("kim");
        for (var caller : List.of(ana, guest)) {
            assertThat(caller.api().get("/v1/admin/users").status()).isEqualTo(403);
            assertThat(caller.api().get("/v1/admin/stats").status()).isEqualTo(403);
            assertThat(caller.api().patch("/v1/admin/users/" + kim.id(), Map.of("role", "admin")).status())
                    .isEqualTo(403);
            assertThat(caller.api().patch("/v1/admin/users/" + caller.id(), Map.of("role", "admin")).status())
                    .isEqualTo(403);
            assertThat(caller.api().patch("/v1/admin/users/" + kim.id(), Map.of("active", false)).status())
                    .isEqualTo(403);
            assertThat(caller.api().post("/v1/admin/users/" + kim.id() + "/password",
                    Map.of("password", "taken over!")).status()).isEqualTo(403);
        }
        var stored = node.server().get("/v1/users/" + kim.id()).json();
        assertThat(stored.get("role").asText()).isEqualTo("user");
        assertThat(stored.get("active").asBoolean()).isTrue();
        assertThat(node.anonymous().post("/v1/auth/login", Map.of("userId", kim.id(), "password", "taken over!"))
                .status()).isEqualTo(401);
        assertThat(node.server().get("/v1/admin/users?query=" + kim.id()).status()).isEqualTo(200);
    }
}
