package dev.parley.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.server.NodeTestClients;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Parley's deliveries checked by the npm {@code standardwebhooks} library, which a receiver would use. */
class StandardWebhooksClientTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withWebhooks(new ParleyConfig.Webhooks(true,
            List.of(Duration.ofSeconds(1)), Duration.ofSeconds(3))));

    @Test
    void the_standardwebhooks_library_accepts_every_delivery_and_rejects_a_tampered_one() throws Exception {
        try (var receiver = new TestReceiver()) {
            var created = node.server().post("/v1/webhooks", Map.of("url", receiver.url(), "events", List.of("*")));
            String secret = created.json().get("secret").asText();
            var ana = node.newUser("ana");
            String room = ana.createRoom("group", "Verified");
            ana.send(room, "héllo \"quoted\" ✓");
            ana.send(room, "second");
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() >= 3);

            List<Map<String, String>> deliveries = new ArrayList<>();
            for (var d : receiver.received()) {
                deliveries.add(Map.of("secret", secret, "id", d.id(), "timestamp", d.timestamp(),
                        "signature", d.signature(), "body", d.body()));
            }
            var first = receiver.received().getFirst();
            deliveries.add(Map.of("secret", secret, "id", first.id(), "timestamp", first.timestamp(),
                    "signature", first.signature(), "body", first.body().replace("room", "ROOM")));
            List<String> verdicts = NodeTestClients.run("verify-standard-webhooks.mjs",
                    new ObjectMapper().writeValueAsString(deliveries));

            assertThat(verdicts).hasSize(deliveries.size());
            assertThat(verdicts.subList(0, deliveries.size() - 1)).containsOnly("ok");
            assertThat(verdicts.getLast()).startsWith("rejected");
        }
    }
}
