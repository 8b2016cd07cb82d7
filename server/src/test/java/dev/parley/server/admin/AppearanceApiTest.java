package dev.parley.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.TestNode;
import dev.parley.server.ws.WsTestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET} · {@code PUT} · {@code DELETE /v1/admin/appearance}: a client type's theme and
 * features changed at run time by app admins, served at once by {@code /chat/config} and
 * {@code /v1/auth/options}, told to every connection, audited, and back to the config file's on reset.
 */
class AppearanceApiTest {
    static final String PATH = "/v1/admin/appearance?clientType=web";

    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @AfterEach
    void backToTheFilesDefaults() {
        assertThat(node.server().delete(PATH).status()).isEqualTo(200);
    }

    @Test
    void an_admin_changes_the_primary_color_and_every_client_gets_it_with_its_derived_colors() throws Exception {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");
        var before = admin.api().get(PATH);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().at("/theme/light/primary").asText()).isEqualTo(before.json().at("/defaults/theme/light/primary").asText());
        String defaultBubble = before.json().at("/theme/light/ownBubble").asText();

        try (var socket = WsTestClient.connect(node)) {
            socket.authenticate(node.token(ana.id()));
            var changed = admin.api().put(PATH, Map.of("theme", Map.of("appName", "Acme Chat",
                    "light", Map.of("primary", "#0a7d32")), "features", Map.of("reactions", false)));

            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.header("ETag")).isNotEqualTo(before.header("ETag"));
            assertThat(changed.json().at("/stored/theme/light/primary").asText()).isEqualTo("#0a7d32");
            assertThat(changed.json().at("/stored/features/reactions").asBoolean(true)).isFalse();
            var frame = socket.awaitType("appearance.changed");
            assertThat(frame.get("clientType").asText()).isEqualTo("web");
            assertThat(frame.get("version").asLong()).isEqualTo(changed.json().get("version").asLong());
        }
        var config = ana.api().get("/chat/config?clientType=web").json();
        assertThat(config.at("/theme/appName").asText()).isEqualTo("Acme Chat");
        assertThat(config.at("/theme/light/primary").asText()).isEqualTo("#0a7d32");
        assertThat(config.at("/theme/light/ownBubble").asText()).isNotEqualTo(defaultBubble);
        assertThat(config.at("/theme/light/primaryContrast").asText()).isEqualTo("#ffffff");
        assertThat(config.at("/theme/dark/primary").asText()).isEqualTo(before.json().at("/theme/dark/primary").asText());
        assertThat(config.at("/features/reactions").asBoolean()).isFalse();
        assertThat(config.at("/features/replies").asBoolean()).isTrue();
        var options = node.anonymous().get("/v1/auth/options").json();
        assertThat(options.get("appName").asText()).isEqualTo("Acme Chat");
        assertThat(options.at("/theme/light/primary").asText()).isEqualTo("#0a7d32");
    }

    @Test
    void a_change_is_in_the_audit_log_with_before_and_after_and_a_reset_goes_back_to_the_file() {
        var admin = node.newUser("admin", "admin");
        admin.api().put(PATH, Map.of("theme", Map.of("mode", "dark")));
        admin.api().put(PATH, Map.of("theme", Map.of("mode", "light", "density", "compact")));

        var entry = admin.api().get("/v1/admin/audit?actorId=" + admin.id() + "&action=appearance.replace").json()
                .at("/items/0");
        assertThat(entry.get("targetType").asText()).isEqualTo("appearance");
        assertThat(entry.get("targetId").asText()).isEqualTo("web");
        assertThat(entry.get("before").asText()).isEqualTo("theme.mode=dark");
        assertThat(entry.get("after").asText()).isEqualTo("theme.density=compact\ntheme.mode=light");

        var reset = admin.api().delete(PATH);
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().at("/stored/theme").isEmpty()).isTrue();
        assertThat(reset.json().get("theme")).isEqualTo(reset.json().at("/defaults/theme"));
        assertThat(admin.api().get("/chat/config").json().at("/theme/mode").asText()).isEqualTo("auto");
    }

    @Test
    void nobody_but_an_app_admin_reads_or_changes_the_appearance_and_nothing_changes() {
        var user = node.newUser("user");
        var bot = node.newUser("bot", "bot");
        var guest = node.newUser("guest", "guest");
        String before = node.server().get(PATH).body();

        for (var caller : List.of(user, bot, guest)) {
            for (var response : List.of(caller.api().get(PATH), caller.api().delete(PATH),
                    caller.api().put(PATH, Map.of("theme", Map.of("appName", "Mine"))), caller.api().put(PATH, "junk"))) {
                assertThat(response.status()).as(response.toString()).isEqualTo(403);
                assertThat(response.code()).isEqualTo("forbidden");
                assertThat(response.json().get("detail").asText()).contains("only app admins");
            }
        }
        assertThat(node.anonymous().get(PATH).status()).isEqualTo(401);
        assertThat(node.server().get(PATH).body()).isEqualTo(before);
        assertThat(user.api().get("/chat/config").json().at("/theme/appName").asText()).isEqualTo("Parley");
    }

    @Test
    void a_document_with_unknown_keys_or_bad_values_is_refused_naming_each_and_the_stored_one_stays() {
        assertThat(node.server().put(PATH, Map.of("theme", Map.of("appName", "Kept"))).status()).isEqualTo(200);
        String before = node.server().get(PATH).body();

        var refused = node.server().put(PATH, Map.of(
                "theme", Map.of("light", Map.of("primary", "green", "glow", "#fff"), "mode", "neon",
                        "radius", "10 parsecs", "logoUrl", "javascript:alert(1)"),
                "features", Map.of("teleport", true, "reactions", "maybe"),
                "colour", "#fff"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("validation_failed");
        assertThat(refused.json().get("detail").asText()).contains("theme.light.primary must be a hex color",
                "theme.light.glow is not a color", "theme.mode must be light, dark or auto", "theme.radius",
                "theme.logoUrl", "features.teleport is not a feature", "features.reactions must be true or false",
                "colour is not a setting").doesNotContain("Exception");
        assertThat(node.server().get(PATH).body()).isEqualTo(before);
        assertThat(node.server().put(PATH, List.of("theme")).status()).isEqualTo(400);
        var malformed = node.server().raw("PUT", PATH, "application/json", "{\"theme\":".getBytes());
        assertThat(malformed.code()).isEqualTo("malformed_json");
    }

    @Test
    void a_client_type_the_config_file_does_not_name_is_refused() {
        var refused = node.server().get("/v1/admin/appearance?clientType=fridge");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("clientType must be one of web");
        assertThat(node.server().put("/v1/admin/appearance?clientType=fridge", Map.of()).status()).isEqualTo(400);
    }
}
