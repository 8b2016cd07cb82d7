package dev.parley.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.ApiClient;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The webhook routes for app admins signed in with their user token (the admin panel), beside
 * the API secret: every change is audited without the secret; a user who is no admin is
 * refused every route (403) and changes nothing; the signature check stays the API secret's.
 */
class WebhookAdminAccessTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withWebhooks(new ParleyConfig.Webhooks(true,
            List.of(Duration.ofSeconds(30)), Duration.ofSeconds(3))));

    private TestReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new TestReceiver();
    }

    @AfterEach
    void stopReceiver() {
        for (JsonNode webhook : node.server().get("/v1/webhooks").json().get("items")) {
            node.server().delete("/v1/webhooks/" + webhook.get("id").asText());
        }
        receiver.close();
    }

    private static List<String> auditedActions(String actorId) {
        List<String> actions = new ArrayList<>();
        node.server().get("/v1/admin/audit?actorId=" + actorId).json().get("items")
                .forEach(entry -> actions.add(entry.get("action").asText()));
        return actions;
    }

    @Test
    void an_app_admin_manages_webhooks_with_a_user_token_and_every_change_is_audited_without_the_secret() {
        var admin = node.newUser("admin", "admin");
        ApiClient api = admin.api();

        var created = api.post("/v1/webhooks", Map.of("url", receiver.url(), "events", List.of("message.new")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String secret = created.json().get("secret").asText();
        assertThat(secret).startsWith("whsec_");
        assertThat(api.get("/v1/webhooks").json().get("items")).extracting(w -> w.get("id").asText()).contains(id);
        assertThat(api.get("/v1/webhooks/" + id).json().has("secret")).isFalse();
        var changed = api.patch("/v1/webhooks/" + id, Map.of("events", List.of("*"), "active", false));
        assertThat(changed.json().get("events")).extracting(JsonNode::asText).containsExactly("*");
        assertThat(changed.json().get("active").asBoolean()).isFalse();
        var rotated = api.post("/v1/webhooks/" + id + "/rotate-secret", Map.of());
        assertThat(rotated.json().get("secret").asText()).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(api.get("/v1/webhooks/" + id + "/deliveries?status=dead").status()).isEqualTo(200);
        assertThat(api.post("/v1/webhooks/" + id + "/deliveries/" + UUID.randomUUID() + "/retry", Map.of()).code())
                .isEqualTo("delivery_not_found");
        assertThat(api.delete("/v1/webhooks/" + id).status()).isEqualTo(204);

        assertThat(auditedActions(admin.id())).containsExactly("webhook.delete", "webhook.rotate_secret",
                "webhook.update", "webhook.create");
        var log = node.server().get("/v1/admin/audit?format=csv&actorId=" + admin.id()).body();
        assertThat(log).contains(receiver.url() + ", events: *, paused").doesNotContain(secret)
                .doesNotContain(rotated.json().get("secret").asText());
        assertThat(api.get("/v1/webhooks/" + id).code()).isEqualTo("webhook_not_found");
    }

    @Test
    void a_user_who_is_no_admin_is_refused_every_webhook_route_and_nothing_changes() {
        var existing = node.server().post("/v1/webhooks", Map.of("url", receiver.url(), "events", List.of("*")))
                .json();
        String id = existing.get("id").asText();
        String path = "/v1/webhooks/" + id;
        var ana = node.newUser("ana");
        ApiClient api = ana.api();

        List<ApiClient.Response> refused = List.of(
                api.post("/v1/webhooks", Map.of("url", receiver.url(), "events", List.of("*"))),
                api.get("/v1/webhooks"),
                api.get(path),
                api.patch(path, Map.of("active", false, "events", List.of("room.created"))),
                api.post(path + "/rotate-secret", Map.of()),
                api.get(path + "/deliveries"),
                api.post(path + "/deliveries/" + UUID.randomUUID() + "/retry", Map.of()),
                api.delete(path));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.code()).isEqualTo("forbidden");
        });
        var items = node.server().get("/v1/webhooks").json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("active").asBoolean()).isTrue();
        assertThat(items.get(0).get("events")).extracting(JsonNode::asText).containsExactly("*");
        assertThat(items.get(0).get("updatedAt")).isEqualTo(existing.get("updatedAt"));
        assertThat(auditedActions(ana.id())).isEmpty();
    }

    @Test
    void without_a_credential_the_routes_are_401_and_the_signature_check_still_takes_the_api_secret() {
        var admin = node.newUser("admin", "admin");
        assertThat(node.anonymous().get("/v1/webhooks").status()).isEqualTo(401);
        assertThat(new ApiClient(node.url(), "not-a-token").get("/v1/webhooks").status()).isEqualTo(401);
        assertThat(node.anonymous().post("/v1/webhooks/verify", Map.of("rawBody", "{}", "signature", "00")).status())
                .isEqualTo(401);
        assertThat(admin.api().post("/v1/webhooks/verify", Map.of("rawBody", "{}", "signature", "00")).status())
                .isEqualTo(401);
        assertThat(node.server().get("/v1/webhooks/" + UUID.randomUUID()).code()).isEqualTo("webhook_not_found");
    }
}
