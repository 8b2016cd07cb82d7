package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.server.webhooks.TestReceiver;
import dev.parley.store.TestDatabase;
import dev.parley.store.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deliveries are durable: a node killed with {@code kill -9} while it posts them delivers the
 * rest after a restart on the same data, in order; at most the one in flight comes twice,
 * with the same {@code webhook-id}. In a cluster, another node posts what the killed one had
 * leased once the lease expires.
 */
class WebhookDurabilityIT {
    private static final Map<String, String> WEBHOOKS = Map.of("PARLEY_WEBHOOKS_ALLOW_LOOPBACK", "true",
            "PARLEY_WEBHOOKS_RETRY_DELAYS", "1s,1s,1s,1s,1s", "PARLEY_WEBHOOKS_TIMEOUT_SECONDS", "2");
    private static final int MESSAGES = 30;

    @TempDir
    Path dataDir;

    @Test
    void deliveries_left_when_the_node_is_killed_arrive_in_order_after_a_restart() throws Exception {
        try (var receiver = new TestReceiver()) {
            receiver.answer(() -> {
                sleep(150); // a slow receiver, so the kill lands mid-way
                return 200;
            }, Map.of());
            String room;
            try (ServerProcess server = ServerProcess.start(dataDir, WEBHOOKS)) {
                var admin = server.client(TestNode.API_SECRET);
                admin.post("/v1/webhooks", Map.of("url", receiver.url(), "events", List.of("message.new")));
                admin.put("/v1/users/writer", Map.of("name", "Writer"));
                var writer = server.client(admin.post("/v1/users/writer/tokens", Map.of()).json().get("token").asText());
                room = writer.post("/v1/rooms", Map.of("type", "group", "name", "Hooked")).json().get("id").asText();
                for (int i = 1; i <= MESSAGES; i++) {
                    assertThat(writer.post("/v1/rooms/" + room + "/messages", Map.of("text", "m" + i)).status())
                            .isEqualTo(201);
                }
                await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() >= 3);
                server.kill();
            }
            int beforeRestart = receiver.received().size();
            assertThat(beforeRestart).isLessThan(MESSAGES);
            try (ServerProcess ignored = ServerProcess.start(dataDir, WEBHOOKS)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> firstSeqs(receiver).size() == MESSAGES);
            }
            List<Long> order = new ArrayList<>(firstSeqs(receiver));
            assertThat(order).isSorted().hasSize(MESSAGES).startsWith(1L).endsWith((long) MESSAGES);
            // Redelivered, under their own webhook-ids, at most what was posted in the last 0.2 s (outcomes are
            // handed in every 0.1 s and committed with the other posters' within 0.1 s): with this receiver's
            // 150 ms answers, the delivery in flight and the one before it.
            assertThat(receiver.received().size()).isBetween(MESSAGES, MESSAGES + 2);
            assertThat(receiver.received().stream().map(TestReceiver.Received::id).distinct().count())
                    .isEqualTo(MESSAGES);
        }
    }

    @Test
    void a_batch_left_by_a_killed_node_is_delivered_by_another_node_once_its_lease_expires() throws Exception {
        try (var receiver = new TestReceiver(); TestDatabase database = TestDatabases.postgres();
                TestRedis redis = TestRedis.start(dataDir)) {
            receiver.answer(() -> {
                sleep(150);
                return 200;
            }, Map.of());
            try (ServerProcess first = ServerProcess.clusterNode(dataDir, "first", database, redis, WEBHOOKS)) {
                var admin = first.client(TestNode.API_SECRET);
                admin.post("/v1/webhooks", Map.of("url", receiver.url(), "events", List.of("message.new")));
                admin.put("/v1/users/writer", Map.of("name", "Writer"));
                var writer = first.client(admin.post("/v1/users/writer/tokens", Map.of()).json().get("token").asText());
                String room = writer.post("/v1/rooms", Map.of("type", "group", "name", "Hooked")).json().get("id").asText();
                for (int i = 1; i <= MESSAGES; i++) {
                    assertThat(writer.post("/v1/rooms/" + room + "/messages", Map.of("text", "m" + i)).status())
                            .isEqualTo(201);
                }
                await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() >= 3);
                first.kill();
            }
            assertThat(receiver.received().size()).as("killed mid-way").isLessThan(MESSAGES);
            try (ServerProcess ignored = ServerProcess.clusterNode(dataDir, "second", database, redis, WEBHOOKS)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> firstSeqs(receiver).size() == MESSAGES);
            }
            assertThat(new ArrayList<>(firstSeqs(receiver))).isSorted().hasSize(MESSAGES);
            // Posted again: at most what the killed node had posted but not yet recorded (its in-flight
            // one, and what it posted within the last write interval), under the same webhook-ids.
            assertThat(receiver.received().size()).isBetween(MESSAGES, MESSAGES + 2);
            assertThat(receiver.received().stream().map(TestReceiver.Received::id).distinct().count())
                    .isEqualTo(MESSAGES);
        }
    }

    /** The seqs delivered, in the order each first arrived. */
    private static LinkedHashSet<Long> firstSeqs(TestReceiver receiver) {
        LinkedHashSet<Long> seqs = new LinkedHashSet<>();
        for (var delivery : receiver.received()) {
            seqs.add(parse(delivery.body()).get("data").get("message").get("seq").asLong());
        }
        return seqs;
    }

    private static JsonNode parse(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
