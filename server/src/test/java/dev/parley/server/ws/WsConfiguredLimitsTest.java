package dev.parley.server.ws;

import static dev.parley.server.ws.WsTestClient.frame;
import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.ParleyNode;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code ws.replay-limit} and {@code ws.idle-timeout-seconds} are honoured (on a node of its own). */
class WsConfiguredLimitsTest {
    private static final int REPLAY_LIMIT = 10;
    private static final int IDLE_SECONDS = 2;
    private static ParleyNode node;
    private final List<WsTestClient> clients = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        var base = TestNode.config(Files.createTempDirectory("parley-ws-limits"), "", "", "", true);
        node = ParleyNode.start(new ParleyConfig(base.http(), base.dataDir(), base.database(), base.redisUrl(),
                base.api(), base.messages(), new ParleyConfig.WebSocket(1024, REPLAY_LIMIT, IDLE_SECONDS)));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(WsTestClient::close);
    }

    private WsTestClient open(String userId) {
        var client = WsTestClient.connect(node.url());
        clients.add(client);
        client.authenticate(WsSessions.mint(TestNode.API_SECRET, userId, Instant.now().plusSeconds(600)));
        return client;
    }

    private static String newUser(String prefix) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var created = http("PUT", "/v1/users/" + id, TestNode.API_SECRET, "{\"name\":\"" + prefix + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id;
    }

    private static HttpResponse<String> http(String method, String path, String bearer, String body) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.url() + path))
                    .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_configured_replay_limit_is_announced_in_ready_and_decides_between_replay_and_gap() throws Exception {
        String ana = newUser("ana");
        String bob = newUser("bob");
        String anaToken = WsSessions.mint(TestNode.API_SECRET, ana, Instant.now().plusSeconds(600));
        var created = http("POST", "/v1/rooms", anaToken,
                WsTestClient.JSON.writeValueAsString(Map.of("type", "group", "name", "Limits", "memberIds", List.of(bob))));
        String room = WsTestClient.JSON.readTree(created.body()).get("id").asText();
        var sender = WsTestClient.connect(node.url());
        clients.add(sender);
        JsonNode ready = sender.authenticate(anaToken);
        sender.sendMany(room, REPLAY_LIMIT + 1, i -> "m" + i, Duration.ofSeconds(10));

        var gapped = open(bob);
        gapped.send(frame("sync", "rooms", Map.of(room, 0)));
        JsonNode gap = gapped.awaitType("sync.gap");
        gapped.awaitType("sync.done");
        var replayed = open(bob);
        replayed.send(frame("sync", "rooms", Map.of(room, 1)));
        replayed.awaitType("sync.done");

        assertThat(ready.get("replayLimit").asInt()).isEqualTo(REPLAY_LIMIT);
        assertThat(gap.get("fromSeq").asLong()).isEqualTo(1);
        assertThat(gap.get("toSeq").asLong()).isEqualTo(REPLAY_LIMIT + 1);
        assertThat(gapped.messageNewSeqs(room)).isEmpty();
        assertThat(replayed.messageNewSeqs(room)).hasSize(REPLAY_LIMIT).startsWith(2L).endsWith(REPLAY_LIMIT + 1L);
    }

    @Test
    void a_client_that_sends_nothing_for_the_idle_timeout_is_closed_with_1001_and_one_that_pings_is_not() {
        String ana = newUser("ana");
        var silent = open(ana);
        var pinging = open(ana);
        long started = System.nanoTime();

        await().atMost(Duration.ofSeconds(IDLE_SECONDS * 4L)).pollInterval(Duration.ofMillis(400)).until(() -> {
            pinging.ping();
            return silent.closed().isPresent();
        });

        var closed = silent.awaitClosed();
        assertThat(closed.code()).as(closed.toString()).isEqualTo(1001);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(IDLE_SECONDS * 1000L - 500));
        pinging.ping();
        assertThat(pinging.closed()).isEmpty();
        assertThat(silent.frames()).extracting(WsTestClient::type).doesNotContain("error");
        assertThat(type(silent.frames().getFirst())).isEqualTo("ready");
    }
}
