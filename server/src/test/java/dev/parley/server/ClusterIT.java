package dev.parley.server;

import static dev.parley.server.ws.WsTestClient.frame;
import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.ws.WsTestClient;
import dev.parley.store.TestDatabase;
import dev.parley.store.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes as separate processes on one PostgreSQL database and one Redis (the test's own
 * redis-server, so it can be restarted): clients spread over the nodes get every message of
 * their rooms once and in order, whatever node it was sent to, and across a node's SIGKILL and
 * a Redis restart no acknowledged message is missing for anyone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final Duration SLOW = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    private TestDatabase database;
    private TestRedis redis;
    private final List<ServerProcess> nodes = new ArrayList<>();
    private final List<WsTestClient> clients = new ArrayList<>();
    private ApiClient admin;

    @BeforeAll
    void startCluster() throws Exception {
        database = TestDatabases.postgres();
        redis = TestRedis.start(dir);
        for (int i = 0; i < 3; i++) {
            nodes.add(startNode("node-" + i));
        }
        admin = nodes.get(0).client(TestNode.API_SECRET);
    }

    @AfterAll
    void stopCluster() throws Exception {
        clients.forEach(WsTestClient::close);
        for (ServerProcess node : nodes) {
            node.close();
        }
        if (redis != null) {
            redis.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void clients_spread_over_three_nodes_get_every_message_once_and_in_order() throws Exception {
        List<String> users = users("spread", 6);
        String room = room(users);
        List<WsTestClient> members = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            members.add(connect(nodes.get(i % 3), users.get(i)));
        }
        int perSender = 25;
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < members.size(); i++) {
                WsTestClient sender = members.get(i);
                int id = i;
                senders.submit(() -> {
                    for (int n = 0; n < perSender; n++) {
                        JsonNode reply = sender.sendAndAwaitReply(room, "from " + id + " #" + n, "s" + id + "-" + n);
                        assertThat(type(reply)).isEqualTo("ack");
                    }
                    return null;
                });
            }
        }
        int total = users.size() * perSender;
        for (WsTestClient member : members) {
            await().atMost(SLOW).until(() -> member.messageNewSeqs(room).size() >= total);
            assertThat(member.messageNewSeqs(room)).containsExactlyElementsOf(oneTo(total));
        }
    }

    @Test
    @Order(2)
    void presence_and_typing_cross_nodes() {
        List<String> users = users("presence", 2);
        String room = room(users);
        WsTestClient ana = connect(nodes.get(0), users.get(0));
        int before = ana.received();
        WsTestClient bo = connect(nodes.get(1), users.get(1));

        JsonNode online = ana.awaitFrameAfter(before, f -> type(f).equals("presence"));
        assertThat(online.get("userId").asText()).isEqualTo(users.get(1));
        assertThat(online.get("status").asText()).isEqualTo("online");

        bo.send(frame("typing", "roomId", room));
        JsonNode typing = ana.awaitFrameAfter(before, f -> type(f).equals("typing"));
        assertThat(typing.get("userId").asText()).isEqualTo(users.get(1));
    }

    @Test
    @Order(2)
    void a_call_rings_across_nodes_and_its_signals_reach_the_addressed_session_on_the_other_node() {
        List<String> users = users("call", 2);
        String room = room(users);
        WsTestClient ana = connect(nodes.get(0), users.get(0));
        WsTestClient bo = connect(nodes.get(1), users.get(1));
        String anaSession = ana.awaitType("ready").get("sessionId").asText();
        String boSession = bo.awaitType("ready").get("sessionId").asText();
        var started = nodes.get(0).client(token(users.get(0))).post("/v1/rooms/" + room + "/calls",
                Map.of("media", "audio", "sessionId", anaSession));
        String call = started.json().get("id").asText();
        bo.awaitFrame(f -> type(f).equals("call.updated") && f.get("call").get("state").asText().equals("ringing"));

        var accepted = nodes.get(1).client(token(users.get(1))).post("/v1/calls/" + call + "/accept",
                Map.of("sessionId", boSession));
        bo.send(frame("call.signal", "callId", call, "toSessionId", anaSession, "kind", "offer",
                "payload", Map.of("type", "offer", "sdp", "v=0")));

        assertThat(accepted.status()).isEqualTo(200);
        JsonNode offer = ana.awaitFrame(f -> type(f).equals("call.signal"));
        assertThat(offer.get("fromSessionId").asText()).isEqualTo(boSession);
        assertThat(offer.get("payload").get("sdp").asText()).isEqualTo("v=0");
        ana.awaitFrame(f -> type(f).equals("call.updated") && f.get("call").get("state").asText().equals("active"));
    }

    @Test
    @Order(3)
    void senders_on_two_nodes_hammering_one_room_get_gap_free_unique_seqs() throws Exception {
        List<String> users = users("hammer", 2);
        String room = room(users);
        Map<String, String> acked = new ConcurrentHashMap<>();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < 8; t++) {
                int thread = t;
                ApiClient client = nodes.get(t % 2).client(token(users.get(t % 2)));
                senders.submit(() -> {
                    for (int n = 0; n < 40; n++) {
                        String clientId = "h" + thread + "-" + n;
                        var sent = client.post("/v1/rooms/" + room + "/messages", Map.of("text", "x", "clientId", clientId));
                        assertThat(sent.status()).isEqualTo(201);
                        acked.put(clientId, sent.json().get("id").asText());
                    }
                    return null;
                });
            }
        }
        List<JsonNode> stored = admin.withBearer(token(users.get(0))).allMessages(room);
        assertThat(stored).extracting(m -> m.get("seq").asLong()).containsExactlyElementsOf(oneTo(acked.size()));
        assertThat(stored).extracting(m -> m.get("id").asText()).containsExactlyInAnyOrderElementsOf(acked.values());
    }

    @Test
    @Order(4)
    void a_killed_nodes_clients_reconnect_elsewhere_and_after_sync_hold_every_acknowledged_message() throws Exception {
        ServerProcess victim = startNode("victim");
        List<String> users = users("kill", 4);
        String room = room(users);
        WsTestClient onSurvivor = connect(nodes.get(0), users.get(1));
        WsTestClient onVictim = connect(victim, users.get(0));
        String ghost = users.get(3);
        connect(victim, ghost);
        onSurvivor.awaitFrame(f -> type(f).equals("presence") && f.get("userId").asText().equals(ghost));
        Set<String> acked = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch warmedUp = new CountDownLatch(100);
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (ServerProcess target : List.of(victim, nodes.get(1))) {
                ApiClient client = target.client(token(users.get(2)));
                senders.submit(() -> sendUntil(stop, client, room, acked, warmedUp));
            }
            warmedUp.await();
            victim.kill();
            Thread.sleep(300);
            stop.set(true);
        }
        onVictim.awaitClosed(SLOW);
        List<Long> before = onVictim.messageNewSeqs(room);
        long held = before.isEmpty() ? 0 : before.getLast();
        WsTestClient reconnected = connect(nodes.get(2), users.get(0));
        reconnected.send(frame("sync", "rooms", Map.of(room, held)));
        reconnected.awaitType("sync.done");

        List<JsonNode> stored = admin.withBearer(token(users.get(0))).allMessages(room);
        assertThat(stored).extracting(m -> m.get("seq").asLong()).containsExactlyElementsOf(oneTo(stored.size()));
        assertThat(stored).extracting(m -> m.get("id").asText()).containsAll(acked);
        List<String> victimClientHolds = new ArrayList<>(onVictim.messageNewIds(room));
        victimClientHolds.addAll(reconnected.messageNewIds(room));
        assertThat(victimClientHolds).containsExactlyElementsOf(ids(stored));
        await().atMost(SLOW).until(() -> onSurvivor.messageNewIds(room).size() >= stored.size());
        assertThat(onSurvivor.messageNewIds(room)).containsExactlyElementsOf(ids(stored));
        // The ghost had a session only on the dead node: its heartbeats stop, and it goes offline for everyone.
        await().atMost(SLOW).until(() -> onSurvivor.find(0, f -> type(f).equals("presence")
                && f.get("userId").asText().equals(ghost) && f.get("status").asText().equals("offline")).isPresent());
    }

    @Test
    @Order(5)
    void after_a_redis_restart_mid_load_every_connected_client_holds_every_acknowledged_message() throws Exception {
        List<String> users = users("redis", 4);
        String room = room(users);
        List<WsTestClient> members = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            members.add(connect(nodes.get(i), users.get(i)));
        }
        Set<String> acked = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch warmedUp = new CountDownLatch(60);
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (ServerProcess target : List.of(nodes.get(0), nodes.get(1))) {
                ApiClient client = target.client(token(users.get(3)));
                senders.submit(() -> sendUntil(stop, client, room, acked, warmedUp));
            }
            warmedUp.await();
            redis.kill();
            ApiClient probe = nodes.get(1).client(TestNode.API_SECRET);
            await().atMost(SLOW).until(() -> probe.get("/ready").status() == 503);
            var refused = nodes.get(1).client(token(users.get(3)))
                    .post("/v1/rooms/" + room + "/messages", Map.of("text", "while down", "clientId", "down"));
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.code()).isEqualTo("unavailable");
            redis.restart();
            await().atMost(SLOW).until(() -> nodes.stream().allMatch(n -> n.client(TestNode.API_SECRET).get("/ready").status() == 200));
            int ackedAfterRestart = acked.size();
            await().atMost(SLOW).until(() -> acked.size() >= ackedAfterRestart + 30);
            stop.set(true);
        }
        List<JsonNode> stored = admin.withBearer(token(users.get(0))).allMessages(room);
        assertThat(stored).extracting(m -> m.get("seq").asLong()).containsExactlyElementsOf(oneTo(stored.size()));
        assertThat(ids(stored)).containsAll(acked).doesNotContain("down");
        for (WsTestClient member : members) {
            await().atMost(SLOW).until(() -> member.messageNewIds(room).size() >= stored.size());
            assertThat(member.messageNewIds(room)).containsExactlyElementsOf(ids(stored));
        }
    }

    // ---- helpers

    private ServerProcess startNode(String name) throws Exception {
        return ServerProcess.clusterNode(dir, name, database, redis);
    }

    /** Sends with retries (same clientId) until stopped; records the ids of acknowledged messages. */
    private static Void sendUntil(AtomicBoolean stop, ApiClient client, String room, Set<String> acked,
            CountDownLatch progress) {
        String prefix = java.util.UUID.randomUUID().toString().substring(0, 8);
        for (int n = 0; !stop.get(); n++) {
            String clientId = prefix + "-" + n;
            while (!stop.get()) {
                ApiClient.Response sent;
                try {
                    sent = client.post("/v1/rooms/" + room + "/messages", Map.of("text", "m" + n, "clientId", clientId));
                } catch (IllegalStateException nodeGone) {
                    return null;
                }
                if (sent.status() == 201 || sent.status() == 200) {
                    acked.add(sent.json().get("id").asText());
                    progress.countDown();
                    break;
                }
                assertThat(sent.status()).as(sent.toString()).isEqualTo(503);
                sleep(50);
            }
        }
        return null;
    }

    private List<String> users(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = prefix + "-" + i;
            assertThat(admin.put("/v1/users/" + id, Map.of("name", id)).status()).isIn(200, 201);
            ids.add(id);
        }
        return ids;
    }

    private final Map<String, String> tokens = new HashMap<>();

    private String token(String user) {
        return tokens.computeIfAbsent(user,
                id -> admin.post("/v1/users/" + id + "/tokens", Map.of()).json().get("token").asText());
    }

    private String room(List<String> users) {
        var created = admin.withBearer(token(users.get(0))).post("/v1/rooms",
                Map.of("type", "group", "name", "cluster", "memberIds", users.subList(1, users.size())));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private WsTestClient connect(ServerProcess node, String user) {
        WsTestClient client = WsTestClient.connect(node.url());
        clients.add(client);
        client.authenticate(token(user));
        return client;
    }

    private static List<Long> oneTo(long n) {
        return LongStream.rangeClosed(1, n).boxed().toList();
    }

    private static List<String> ids(List<JsonNode> messages) {
        return messages.stream().map(m -> m.get("id").asText()).toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
