package dev.parley.server;

import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.ws.WsTestClient;
import dev.parley.store.TestDatabase;
import dev.parley.store.TestDatabases;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A short PostgreSQL outage (a proxy in front of the real server resets every connection and
 * refuses new ones): readiness fails, writes fail with a retryable 503 and store nothing, the
 * WebSocket stays open, and the node recovers by itself when the database is back.
 */
class DatabaseOutageTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private TestDatabase database;
    private TcpProxy proxy;
    private ParleyNode node;

    @BeforeEach
    void start() throws Exception {
        database = TestDatabases.postgres();
        proxy = TcpProxy.to("127.0.0.1", 5432);
        var settings = database.settings();
        String url = settings.url().replace("127.0.0.1:5432", "127.0.0.1:" + proxy.port());
        node = ParleyNode.start(TestNode.config(Files.createTempDirectory("parley-outage"), url, settings.user(),
                settings.password(), true));
    }

    @AfterEach
    void stop() throws Exception {
        proxy.restore();
        node.close();
        proxy.close();
        database.close();
    }

    @Test
    void writes_fail_retryably_during_an_outage_and_work_again_after_it_without_a_restart() {
        var admin = new ApiClient(node.url(), TestNode.API_SECRET);
        admin.put("/v1/users/ana", Map.of("name", "Ana"));
        String token = admin.post("/v1/users/ana/tokens", Map.of()).json().get("token").asText();
        var ana = new ApiClient(node.url(), token);
        String room = ana.post("/v1/rooms", Map.of("type", "group", "name", "Outage")).json().get("id").asText();
        assertThat(ana.post("/v1/rooms/" + room + "/messages", Map.of("text", "before", "clientId", "c1")).status())
                .isEqualTo(201);
        WsTestClient socket = WsTestClient.connect(node.url());
        socket.authenticate(token);

        cut();

        await().atMost(WAIT).until(() -> admin.get("/ready").status() == 503);
        var refused = ana.post("/v1/rooms/" + room + "/messages", Map.of("text", "during", "clientId", "c2"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
        assertThat(refused.code()).isEqualTo("unavailable");
        assertThat(refused.isProblem()).isTrue();
        JsonNode wsRefused = socket.sendAndAwaitReply(room, "during ws", "c3");
        assertThat(type(wsRefused)).isEqualTo("error");
        assertThat(wsRefused.get("code").asText()).isEqualTo("unavailable");
        assertThat(socket.closed()).isEmpty();

        restore();

        await().atMost(WAIT).until(() -> admin.get("/ready").status() == 200);
        var retried = ana.post("/v1/rooms/" + room + "/messages", Map.of("text", "during", "clientId", "c2"));
        assertThat(retried.status()).as("the refused send stored nothing: its retry creates it").isEqualTo(201);
        assertThat(type(socket.sendAndAwaitReply(room, "during ws", "c3"))).isEqualTo("ack");
        assertThat(ana.allMessages(room)).extracting(m -> m.get("text").asText())
                .containsExactly("before", "during", "during ws");
    }

    private void cut() {
        dev.parley.store.ExpectedFaults.announce(DatabaseOutageTest.class,
                "PostgreSQL is cut off (the pool reports broken connections)");
        try {
            proxy.cut();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void restore() {
        try {
            proxy.restore();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
