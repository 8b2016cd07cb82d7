package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.server.ws.WsTestClient;
import dev.parley.store.TestDatabase;
import dev.parley.store.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grants changed on one node take effect on another: two cluster nodes (separate processes) on
 * one PostgreSQL and one Redis; an admin replaces the grants on the first, and the second
 * refuses what they took away, tells its connections, and answers the new document.
 */
class GrantsClusterIT {
    private static final Duration SLOW = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    @Test
    void grants_replaced_on_one_node_apply_on_the_other_at_once() throws Exception {
        try (TestDatabase database = TestDatabases.postgres(); TestRedis redis = TestRedis.start(dir);
                ServerProcess one = ServerProcess.clusterNode(dir, "one", database, redis);
                ServerProcess two = ServerProcess.clusterNode(dir, "two", database, redis)) {
            ApiClient adminOne = one.client(TestNode.API_SECRET);
            ApiClient adminTwo = two.client(TestNode.API_SECRET);
            adminOne.put("/v1/users/ana", Map.of("name", "Ana"));
            String token = adminOne.post("/v1/users/ana/tokens", Map.of()).json().get("token").asText();
            ApiClient anaOnTwo = two.client(token);
            String room = anaOnTwo.post("/v1/rooms", Map.of("type", "group", "name", "Across", "memberIds", List.of()))
                    .json().get("id").asText();
            assertThat(anaOnTwo.post("/v1/rooms/" + room + "/messages", Map.of("text", "before")).status())
                    .isEqualTo(201);

            try (var socket = WsTestClient.connect(two.url())) {
                socket.authenticate(token);
                var document = Map.of("app", Map.of("admin", List.of("send-message"), "user", List.of("react")));
                var changed = adminOne.put("/v1/admin/permissions", document);
                assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

                assertThat(socket.awaitType("permissions.changed").get("version").asLong())
                        .isEqualTo(Long.parseLong(changed.header("ETag").replace("\"", "")));
            }
            await().atMost(SLOW).untilAsserted(() -> assertThat(anaOnTwo.post("/v1/rooms/" + room + "/messages",
                    Map.of("text", "after")).status()).isEqualTo(403));
            assertThat(adminTwo.get("/v1/admin/permissions").json().at("/app/user/0").asText()).isEqualTo("react");
            assertThat(anaOnTwo.get("/v1/rooms/" + room).json().get("ownCapabilities").toString())
                    .isEqualTo("[\"react\"]");
        }
    }
}
