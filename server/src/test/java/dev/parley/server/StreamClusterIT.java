package dev.parley.server;

import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.ws.WsTestClient;
import dev.parley.store.TestDatabase;
import dev.parley.store.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streamed replies in a cluster (two node processes, PostgreSQL, Redis): a bot appending on one
 * node reaches a member's session on the other (the deltas travel on the bus), and a stream left
 * idle is ended once, although both nodes sweep.
 */
class StreamClusterIT {
    private static final Duration SLOW = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    @Test
    void deltas_reach_sessions_on_the_other_node_and_an_idle_stream_is_ended_once() throws Exception {
        Map<String, String> idle = Map.of("PARLEY_MESSAGES_STREAM_IDLE_SECONDS", "2");
        try (TestDatabase database = TestDatabases.postgres(); TestRedis redis = TestRedis.start(dir);
                ServerProcess one = ServerProcess.clusterNode(dir, "one", database, redis, idle);
                ServerProcess two = ServerProcess.clusterNode(dir, "two", database, redis, idle)) {
            ApiClient admin = one.client(TestNode.API_SECRET);
            admin.put("/v1/users/helper", Map.of("name", "Helper", "role", "bot"));
            admin.put("/v1/users/ana", Map.of("name", "Ana"));
            ApiClient bot = one.client(token(admin, "helper"));
            String room = bot.post("/v1/rooms", Map.of("type", "group", "name", "Across",
                    "memberIds", List.of("ana"))).json().get("id").asText();
            try (var ana = WsTestClient.connect(two.url())) {
                ana.authenticate(token(admin, "ana"));
                JsonNode message = bot.post("/v1/rooms/" + room + "/messages",
                        Map.of("text", "", "clientId", UUID.randomUUID().toString(), "streaming", true)).json();
                String path = "/v1/rooms/" + room + "/messages/" + message.get("id").asText() + "/stream";
                StringBuilder expected = new StringBuilder();
                for (int i = 0; i < 10; i++) {
                    expected.append("piece ").append(i).append(' ');
                    assertThat(bot.post(path, Map.of("append", "piece " + i + " ")).status()).isEqualTo(200);
                }

                await().atMost(SLOW).until(() -> rebuilt(ana.framesOfType("message.delta")).equals(expected.toString()));
                JsonNode ended = ana.awaitFrame(f -> type(f).equals("message.updated"));
                assertThat(ended.path("message").path("streaming").asBoolean()).isFalse();
                assertThat(ended.path("message").path("text").asText()).isEqualTo(expected.toString());
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                        .until(() -> ana.framesOfType("message.updated").size() == 1);
            }
        }
    }

    private static String rebuilt(List<JsonNode> deltas) {
        StringBuilder text = new StringBuilder();
        deltas.stream().sorted(Comparator.comparingInt(d -> d.get("offset").asInt())).forEach(d -> {
            int offset = d.get("offset").asInt();
            String append = d.get("append").asText();
            if (offset <= text.length() && offset + append.length() > text.length()) {
                text.setLength(offset);
                text.append(append);
            }
        });
        return text.toString();
    }

    private static String token(ApiClient admin, String user) {
        return admin.post("/v1/users/" + user + "/tokens", Map.of()).json().get("token").asText();
    }
}
