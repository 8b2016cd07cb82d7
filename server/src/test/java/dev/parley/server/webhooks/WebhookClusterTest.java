package dev.parley.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.server.ApiClient;
import dev.parley.server.ParleyNode;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import dev.parley.store.TestDatabases;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL database both run the dispatcher: every delivery is posted by
 * one of them, once, and each room's deliveries arrive in seq order.
 */
class WebhookClusterTest {
    private static final int ROOMS = 3;
    private static final int MESSAGES = 40;

    @Test
    void two_nodes_post_each_delivery_once_and_in_order_per_room() throws Exception {
        try (var database = TestDatabases.postgres(); var receiver = new TestReceiver()) {
            var settings = database.settings();
            var webhooks = new ParleyConfig.Webhooks(true, List.of(Duration.ofSeconds(1)), Duration.ofSeconds(3));
            try (var first = ParleyNode.start(TestNode.config(Files.createTempDirectory("wh-a"), settings.url(),
                    settings.user(), settings.password(), true).withWebhooks(webhooks));
                    var second = ParleyNode.start(TestNode.config(Files.createTempDirectory("wh-b"), settings.url(),
                            settings.user(), settings.password(), true).withWebhooks(webhooks))) {
                var admin = new ApiClient(first.url(), TestNode.API_SECRET);
                admin.post("/v1/webhooks", Map.of("url", receiver.url(), "events", List.of("message.new")));
                admin.put("/v1/users/writer", Map.of("name", "Writer"));
                String token = admin.post("/v1/users/writer/tokens", Map.of()).json().get("token").asText();
                var writers = List.of(new ApiClient(first.url(), token), new ApiClient(second.url(), token));
                List<String> rooms = new ArrayList<>();
                for (int r = 0; r < ROOMS; r++) {
                    rooms.add(writers.get(0).post("/v1/rooms", Map.of("type", "group", "name", "Room " + r)).json()
                            .get("id").asText());
                }
                // A subscription made on one node reaches the other nodes' outboxes within 5 s (documented).
                await().pollDelay(Duration.ofMillis(5500)).atMost(Duration.ofSeconds(7)).until(() -> true);
                for (int i = 0; i < MESSAGES; i++) {
                    String room = rooms.get(i % ROOMS);
                    assertThat(writers.get(i % 2).post("/v1/rooms/" + room + "/messages", Map.of("text", "m" + i))
                            .status()).isEqualTo(201);
                }

                await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() >= MESSAGES);
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                        .until(() -> receiver.received().size() == MESSAGES);
                assertThat(receiver.received()).extracting(TestReceiver.Received::id).doesNotHaveDuplicates();
                var json = new ObjectMapper();
                for (String room : rooms) {
                    List<Long> seqs = new ArrayList<>();
                    for (var delivery : receiver.received()) {
                        var data = json.readTree(delivery.body()).get("data");
                        if (room.equals(data.get("roomId").asText())) {
                            seqs.add(data.get("message").get("seq").asLong());
                        }
                    }
                    assertThat(seqs).as(room).isSorted().doesNotHaveDuplicates().hasSizeGreaterThan(MESSAGES / ROOMS - 1);
                }
            }
        }
    }
}
