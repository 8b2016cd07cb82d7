package dev.parley.server.admin;

import static dev.parley.server.admin.AppearanceApiTest.PATH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.TestNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stored appearance on PostgreSQL (the production database): the same answers as on H2. */
class AppearancePostgresTest {
    @RegisterExtension
    static final TestNode node = TestNode.onPostgres();

    @Test
    void a_stored_theme_is_served_replaced_refused_when_bad_and_reset() {
        var admin = node.newUser("admin", "admin");
        var user = node.newUser("user");
        long start = admin.api().get(PATH).json().get("version").asLong();

        var stored = admin.api().put(PATH, Map.of("theme", Map.of("fontFamily", "\"Inter\", sans-serif",
                "dark", Map.of("background", "#101010")), "features", Map.of("typing", false)));
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertThat(stored.json().get("version").asLong()).isEqualTo(start + 1);
        var config = user.api().get("/chat/config").json();
        assertThat(config.at("/theme/fontFamily").asText()).isEqualTo("\"Inter\", sans-serif");
        assertThat(config.at("/theme/dark/background").asText()).isEqualTo("#101010");
        assertThat(config.at("/features/typing").asBoolean()).isFalse();

        var refused = admin.api().put(PATH, Map.of("theme", Map.of("density", "roomy")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("theme.density must be comfortable or compact");
        assertThat(admin.api().get(PATH).json().get("stored")).isEqualTo(stored.json().get("stored"));

        var reset = admin.api().delete(PATH);
        assertThat(reset.json().get("version").asLong()).isEqualTo(start + 2);
        assertThat(user.api().get("/chat/config").json().at("/features/typing").asBoolean()).isTrue();
    }
}
