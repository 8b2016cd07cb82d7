package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.server.ws.WsTestClient;
import dev.parley.store.TestDatabase;
import dev.parley.store.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A theme changed on one node is served by another: two cluster nodes (separate processes) on
 * one PostgreSQL and one Redis; an admin changes the primary color on the first, and the second
 * tells its connections and serves the new theme, then the file's again after a reset.
 */
class AppearanceClusterIT {
    private static final Duration SLOW = Duration.ofSeconds(30);
    private static final String PATH = "/v1/admin/appearance?clientType=web";

    @TempDir
    static Path dir;

    @Test
    void a_theme_changed_on_one_node_is_served_by_the_other_at_once() throws Exception {
        try (TestDatabase database = TestDatabases.postgres(); TestRedis redis = TestRedis.start(dir);
                ServerProcess one = ServerProcess.clusterNode(dir, "one", database, redis);
                ServerProcess two = ServerProcess.clusterNode(dir, "two", database, redis)) {
            ApiClient adminOne = one.client(TestNode.API_SECRET);
            adminOne.put("/v1/users/ana", Map.of("name", "Ana"));
            String token = adminOne.post("/v1/users/ana/tokens", Map.of()).json().get("token").asText();
            ApiClient anaOnTwo = two.client(token);
            String defaultPrimary = anaOnTwo.get("/chat/config").json().at("/theme/light/primary").asText();

            try (var socket = WsTestClient.connect(two.url())) {
                socket.authenticate(token);
                var changed = adminOne.put(PATH, Map.of("theme", Map.of("light", Map.of("primary", "#b5179e"))));
                assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

                var frame = socket.awaitType("appearance.changed");
                assertThat(frame.get("version").asLong()).isEqualTo(Long.parseLong(changed.header("ETag").replace("\"", "")));
                assertThat(frame.get("clientType").asText()).isEqualTo("web");
            }
            await().atMost(SLOW).untilAsserted(() -> assertThat(anaOnTwo.get("/chat/config").json()
                    .at("/theme/light/primary").asText()).isEqualTo("#b5179e"));
            assertThat(two.client(null).get("/v1/auth/options").json().at("/theme/light/primary").asText())
                    .isEqualTo("#b5179e");

            assertThat(adminOne.delete(PATH).status()).isEqualTo(200);
            await().atMost(SLOW).untilAsserted(() -> assertThat(anaOnTwo.get("/chat/config").json()
                    .at("/theme/light/primary").asText()).isEqualTo(defaultPrimary));
        }
    }
}
