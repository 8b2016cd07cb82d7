package dev.parley.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebhookApiTest {
    /** Loopback receivers allowed; two quick retries so a dead letter comes within seconds. */
    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withWebhooks(new ParleyConfig.Webhooks(true,
            List.of(Duration.ofMillis(1000), Duration.ofMillis(1000)), Duration.ofSeconds(3))));
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private JsonNode subscribe(List<String> events) {
        var created = node.server().post("/v1/webhooks", Map.of("url", receiver.url(), "events", events));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    /** What the receiver got about {@code roomId}, as parsed bodies, in arrival order. */
    private List<JsonNode> about(String roomId) {
        return receiver.received().stream().map(r -> parse(r.body()))
                .filter(body -> roomId.equals(body.path("data").path("roomId").asText())).toList();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    @Test
    void every_change_in_a_room_is_delivered_once_signed_and_in_order() {
        JsonNode webhook = subscribe(List.of("*"));
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Hooked", bob);
        var first = ana.send(room, "one");
        ana.send(room, "two");
        String path = "/v1/rooms/" + room + "/messages/" + first.get("id").asText();
        ana.api().patch(path, Map.of("text", "one, edited"));
        bob.api().put(path + "/reactions/👍", Map.of());
        ana.api().delete(path);

        await().atMost(Duration.ofSeconds(15)).until(() -> about(room).size() >= 6);
        assertThat(about(room)).extracting(body -> body.get("type").asText()).containsExactly("room.created",
                "message.new", "message.new", "message.updated", "reaction.added", "message.deleted");
        assertThat(about(room).get(1).get("data").get("message").get("text").asText()).isEqualTo("one");
        String secret = webhook.get("secret").asText();
        assertThat(secret).startsWith("whsec_");
        var signer = new WebhookSigner(TestNode.API_SECRET);
        for (var delivery : receiver.received()) {
            assertThat(delivery.signature()).isEqualTo(WebhookSigner.standardSignature(List.of(secret), delivery.id(),
                    Long.parseLong(delivery.timestamp()), delivery.body()));
            assertThat(delivery.apiSignature()).isEqualTo(signer.apiSignature(delivery.body()));
            assertThat(parse(delivery.body()).get("id").asText()).isEqualTo(delivery.id());
        }
        assertThat(receiver.received()).extracting(TestReceiver.Received::id).doesNotHaveDuplicates();
    }

    @Test
    void a_subscription_gets_only_the_event_types_it_asked_for_and_lists_without_its_secret() {
        JsonNode webhook = subscribe(List.of("message.new"));
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Only new");
        var sent = ana.send(room, "hello");
        ana.api().delete("/v1/rooms/" + room + "/messages/" + sent.get("id").asText());

        await().atMost(Duration.ofSeconds(10)).until(() -> !about(room).isEmpty());
        ana.send(room, "after");
        await().atMost(Duration.ofSeconds(10)).until(() -> about(room).size() >= 2);
        assertThat(about(room)).extracting(body -> body.get("type").asText()).containsOnly("message.new");
        var listed = node.server().get("/v1/webhooks/" + webhook.get("id").asText()).json();
        assertThat(listed.get("events")).hasSize(1);
        assertThat(listed.has("secret")).isFalse();
    }

    @Test
    void a_moderation_service_subscribes_to_bans_mutes_and_freezes_by_name_and_gets_them_in_order() {
        subscribe(List.of("member.banned", "member.muted", "member.unmuted", "room.frozen"));
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = owner.createRoom("channel", "Watched", ana, bob);
        String path = "/v1/rooms/" + room;
        owner.api().post(path + "/mutes", Map.of("userId", ana.id(), "reason", "spam"));
        owner.api().post(path + "/bans", Map.of("userId", bob.id()));
        owner.api().patch(path, Map.of("frozen", true));
        owner.api().delete(path + "/mutes/" + ana.id());

        await().atMost(Duration.ofSeconds(15)).until(() -> about(room).size() >= 4);
        assertThat(about(room)).extracting(body -> body.get("type").asText())
                .containsExactly("member.muted", "member.banned", "room.frozen", "member.unmuted");
        assertThat(about(room).getFirst().get("data").get("reason").asText()).isEqualTo("spam");
        assertThat(about(room)).extracting(body -> body.get("data").get("change").asLong()).isSorted();
    }

    @Test
    void a_receiver_that_fails_once_gets_the_delivery_again_with_the_same_webhook_id() {
        AtomicInteger calls = new AtomicInteger();
        receiver.answer(() -> calls.getAndIncrement() == 0 ? 503 : 200, Map.of());
        JsonNode webhook = subscribe(List.of("message.new"));
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Flaky");
        ana.send(room, "hello");

        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.received().size() >= 2);
        assertThat(receiver.received().get(0).id()).isEqualTo(receiver.received().get(1).id());
        assertThat(receiver.received().get(0).body()).isEqualTo(receiver.received().get(1).body());
        var log = node.server().get("/v1/webhooks/" + webhook.get("id").asText() + "/deliveries").json().get("items");
        await().atMost(Duration.ofSeconds(5)).until(() -> "delivered".equals(node.server()
                .get("/v1/webhooks/" + webhook.get("id").asText() + "/deliveries").json().get("items").get(0)
                .get("status").asText()));
        assertThat(log).hasSize(1);
    }

    @Test
    void a_receiver_failing_every_time_ends_in_a_dead_letter_that_can_be_sent_again() {
        receiver.answer(500);
        JsonNode webhook = subscribe(List.of("message.new"));
        String hook = "/v1/webhooks/" + webhook.get("id").asText();
        var ana = node.newUser("ana");
        ana.send(ana.createRoom("group", "Down"), "hello");

        await().atMost(Duration.ofSeconds(20)).until(() -> node.server().get(hook + "/deliveries?status=dead")
                .json().get("items").size() == 1);
        var dead = node.server().get(hook + "/deliveries?status=dead").json().get("items").get(0);
        assertThat(dead.get("attempts").asInt()).isEqualTo(3);
        assertThat(dead.get("lastStatus").asInt()).isEqualTo(500);
        assertThat(receiver.received()).hasSize(3);

        receiver.answer(204);
        var retried = node.server().post(hook + "/deliveries/" + dead.get("id").asText() + "/retry", Map.of());
        assertThat(retried.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> node.server().get(hook + "/deliveries?status=delivered")
                .json().get("items").size() == 1);
        assertThat(receiver.received()).hasSize(4);
    }

    @Test
    void a_client_error_is_final_and_410_gone_pauses_the_subscription() {
        receiver.answer(410);
        JsonNode webhook = subscribe(List.of("message.new"));
        String hook = "/v1/webhooks/" + webhook.get("id").asText();
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Gone");
        ana.send(room, "hello");

        await().atMost(Duration.ofSeconds(10)).until(() -> !node.server().get(hook).json().get("active").asBoolean());
        assertThat(node.server().get(hook).json().get("pausedReason").asText()).contains("410");
        assertThat(node.server().get(hook + "/deliveries?status=dead").json().get("items")).hasSize(1);
        ana.send(room, "while paused");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> receiver.received().size() == 1);
    }

    @Test
    void a_failure_in_the_middle_of_a_batch_holds_back_the_rest_of_that_room_until_its_retry_succeeds() {
        AtomicInteger thirdAnswers = new AtomicInteger();
        CountDownLatch allSent = new CountDownLatch(1);
        receiver.answerEach(request -> {
            if (request.body().contains("\"text\":\"m1\"")) {
                awaitQuietly(allSent); // the rest pile up behind the first, so they go out as one batch
            }
            return request.body().contains("\"text\":\"m3\"") && thirdAnswers.getAndIncrement() == 0 ? 503 : 200;
        });
        subscribe(List.of("message.new"));
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Batched");
        for (int i = 1; i <= 6; i++) {
            ana.send(room, "m" + i);
        }
        allSent.countDown();

        await().atMost(Duration.ofSeconds(15)).until(() -> about(room).size() == 7);
        assertThat(about(room)).extracting(body -> body.get("data").get("message").get("text").asText())
                .as("m4..m6 waited for m3's retry").containsExactly("m1", "m2", "m3", "m3", "m4", "m5", "m6");
        var ids = receiver.received().stream().map(TestReceiver.Received::id).toList();
        assertThat(ids.get(2)).as("the retry keeps its webhook-id").isEqualTo(ids.get(3));
        assertThat(ids.stream().distinct().count()).as("one webhook-id per message").isEqualTo(6);
    }

    /** Holds the receiver's answer until the test lets it go (at most 2 s, under the 3 s delivery timeout). */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void a_room_whose_delivery_keeps_failing_holds_up_no_other_room() {
        receiver.answer(() -> 200, Map.of());
        var ana = node.newUser("ana");
        String stuck = ana.createRoom("group", "Stuck");
        String flowing = ana.createRoom("group", "Flowing");
        receiver.answerEach(request -> request.body().contains(stuck) ? 503 : 200);
        subscribe(List.of("message.new"));
        ana.send(stuck, "first in stuck");
        ana.send(stuck, "second in stuck");
        for (int i = 0; i < 3; i++) {
            ana.send(flowing, "flowing " + i);
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> about(flowing).size() == 3);
        assertThat(about(flowing)).extracting(body -> body.get("data").get("message").get("text").asText())
                .containsExactly("flowing 0", "flowing 1", "flowing 2");
        assertThat(about(stuck)).extracting(body -> body.get("data").get("message").get("text").asText())
                .containsOnly("first in stuck");
    }

    @Test
    void private_metadata_and_plain_http_destinations_are_refused_and_nothing_is_stored() {
        int before = node.server().get("/v1/webhooks").json().get("items").size();
        for (String url : List.of("https://10.1.2.3/hook", "https://169.254.169.254/latest/meta-data",
                "https://[fd00:ec2::254]/", "https://192.168.1.1/", "https://100.64.0.1/", "ftp://example.com/",
                "not a url", "https://user:pw@127.0.0.1/")) {
            var refused = node.server().post("/v1/webhooks", Map.of("url", url, "events", List.of("*")));
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.json().get("detail").asText()).as(url).doesNotContain("Exception");
        }
        var unknown = node.server().post("/v1/webhooks", Map.of("url", receiver.url(), "events", List.of("message.nope")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asText()).contains("message.nope");
        assertThat(node.server().post("/v1/webhooks", Map.of("url", receiver.url())).status()).isEqualTo(400);
        assertThat(node.server().get("/v1/webhooks").json().get("items")).hasSize(before);
    }

    @Test
    void the_verify_helper_accepts_the_api_secrets_signature_and_nothing_else() {
        String body = "{\"id\":\"1\",\"type\":\"message.new\"}";
        String signature = new WebhookSigner(TestNode.API_SECRET).apiSignature(body);
        assertThat(node.server().post("/v1/webhooks/verify", Map.of("rawBody", body, "signature", signature)).json()
                .get("isValid").asBoolean()).isTrue();
        assertThat(node.server().post("/v1/webhooks/verify", Map.of("rawBody", body + " ", "signature", signature))
                .json().get("isValid").asBoolean()).isFalse();
        assertThat(node.server().post("/v1/webhooks/verify", Map.of("rawBody", body)).status()).isEqualTo(400);
    }

    @Test
    void a_rotated_secret_signs_beside_the_old_one_for_the_overlap() {
        JsonNode webhook = subscribe(List.of("message.new"));
        String oldSecret = webhook.get("secret").asText();
        var rotated = node.server().post("/v1/webhooks/" + webhook.get("id").asText() + "/rotate-secret", Map.of());
        String newSecret = rotated.json().get("secret").asText();
        assertThat(newSecret).isNotEqualTo(oldSecret);
        var ana = node.newUser("ana");
        ana.send(ana.createRoom("group", "Rotated"), "hello");

        await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.received().isEmpty());
        var delivery = receiver.received().getFirst();
        assertThat(delivery.signature()).isEqualTo(WebhookSigner.standardSignature(List.of(newSecret, oldSecret),
                delivery.id(), Long.parseLong(delivery.timestamp()), delivery.body()));
    }
}
