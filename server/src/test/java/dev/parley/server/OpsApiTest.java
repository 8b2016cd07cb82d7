package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OpsApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Test
    void health_and_ready_answer_without_credentials() {
        var health = node.anonymous().get("/health");
        var ready = node.anonymous().get("/ready");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("up");
        assertThat(ready.status()).isEqualTo(200);
    }

    @Test
    void metrics_count_requests_by_route_and_stored_messages() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Metered");
        ana.send(room, "one");
        ana.send(room, "two");

        String metrics = node.anonymous().get("/metrics").body();

        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"POST\",route=\"/v1/rooms/{roomId}/messages\",status=\"201\"}");
        assertThat(metrics).containsPattern("parley_messages_stored_total [1-9]");
        assertThat(metrics).contains("parley_messages_commit_batch");
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }

    @Test
    void a_body_sent_with_get_is_ignored_and_never_breaks_the_connection_for_the_next_request() {
        // Unread, such a body made Jetty drop kept-alive connections now and then (about 1 % of
        // requests in this loop failed with a connection reset before the fix).
        for (int i = 0; i < 300; i++) {
            for (String path : new String[] {"/health", "/metrics", "/v1/openapi.json"}) {
                var response = node.anonymous().send("GET", path, "{}");
                assertThat(response.status()).as("GET " + path + " #" + i).isEqualTo(200);
            }
        }
    }

    @Test
    void every_route_in_the_openapi_document_exists_and_answers_problems_without_credentials() {
        JsonNode document = node.anonymous().get("/v1/openapi.json").json();
        assertThat(document.get("openapi").asText()).startsWith("3.");
        var asset = java.util.regex.Pattern.compile("/assets/([A-Za-z0-9._-]+)").matcher(node.anonymous().get("/").body());
        String file = asset.find() ? asset.group(1) : "no-asset-in-index.html";
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            String concrete = path.getKey()
                    .replace("{roomId}", "0190d5a4-0000-7000-8000-000000000000")
                    .replace("{messageId}", "0190d5a4-0000-7000-8000-000000000001")
                    .replace("{webhookId}", "0190d5a4-0000-7000-8000-000000000002")
                    .replace("{deliveryId}", "0190d5a4-0000-7000-8000-000000000003")
                    .replace("{callId}", "0190d5a4-0000-7000-8000-000000000006")
                    .replace("{userId}", "someone").replace("{emoji}", "tada").replace("{file}", file)
                    .replace("{fileId}", "0190d5a4-0000-7000-8000-000000000004").replace("{variant}", "original")
                    .replace("{avatarId}", "0190d5a4-0000-7000-8000-000000000005").replace("{size}", "64")
                    .replace("{invitationId}", "0190d5a4-0000-7000-8000-000000000006")
                    .replace("{id}", "0190d5a4-0000-7000-8000-000000000007")
                    .replace("{flagId}", "0190d5a4-0000-7000-8000-000000000008").replace("{answer}", "accept");
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (method.equals("parameters")) {
                    continue;
                }
                var response = node.anonymous().send(method.toUpperCase(), concrete, "{}");
                assertThat(response.status()).as(method + " " + path.getKey()).isNotEqualTo(405);
                if (response.status() == 404) {
                    // A route that exists may answer 404 for what it looks up (an avatar), never "no such route".
                    assertThat(response.code()).as(method + " " + path.getKey()).isNotEqualTo("not_found");
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(30);
    }
}
