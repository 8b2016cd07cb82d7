package dev.parley.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyNode;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import dev.parley.store.TestDatabases;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code webhooks.dispatch=false}: a node serving clients writes its deliveries to the shared
 * outbox but posts none; a posting node of the cluster posts them — nothing is lost meanwhile.
 */
class WebhookDispatchNodeTest {
    @Test
    void a_node_that_does_not_dispatch_keeps_deliveries_pending_until_a_posting_node_sends_them() throws Exception {
        try (var database = TestDatabases.postgres(); var receiver = new TestReceiver()) {
            var settings = database.settings();
            var delays = List.of(Duration.ofSeconds(1));
            try (var serving = ParleyNode.start(TestNode.config(Files.createTempDirectory("wh-serving"), settings.url(),
                    settings.user(), settings.password(), true)
                    .withWebhooks(new ParleyConfig.Webhooks(true, delays, Duration.ofSeconds(3), false)))) {
                var admin = new ApiClient(serving.url(), TestNode.API_SECRET);
                String webhook = admin.post("/v1/webhooks", Map.of("url", receiver.url(), "events",
                        List.of("message.new"))).json().get("id").asText();
                admin.put("/v1/users/writer", Map.of("name", "Writer"));
                var writer = new ApiClient(serving.url(),
                        admin.post("/v1/users/writer/tokens", Map.of()).json().get("token").asText());
                String room = writer.post("/v1/rooms", Map.of("type", "group", "name", "Support")).json()
                        .get("id").asText();
                for (int i = 0; i < 3; i++) {
                    assertThat(writer.post("/v1/rooms/" + room + "/messages", Map.of("text", "m" + i)).status())
                            .isEqualTo(201);
                }

                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                        .until(() -> receiver.received().isEmpty());
                var pending = admin.get("/v1/webhooks/" + webhook + "/deliveries?status=pending").json().get("items");
                assertThat(pending).as("written to the outbox, not posted").hasSize(3);

                try (var posting = ParleyNode.start(TestNode.config(Files.createTempDirectory("wh-posting"),
                        settings.url(), settings.user(), settings.password(), true)
                        .withWebhooks(new ParleyConfig.Webhooks(true, delays, Duration.ofSeconds(3))))) {
                    await().atMost(Duration.ofSeconds(15)).until(() -> receiver.received().size() == 3);
                    assertThat(receiver.received()).extracting(TestReceiver.Received::body)
                            .allMatch(body -> body.contains("\"roomId\":\"" + room + "\""));
                    await().atMost(Duration.ofSeconds(5)).until(() -> admin.get("/v1/webhooks/" + webhook
                            + "/deliveries?status=delivered").json().get("items").size() == 3);
                }
            }
        }
    }
}
