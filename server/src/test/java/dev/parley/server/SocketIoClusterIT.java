package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.server.socketio.SocketIoClient;
import dev.parley.server.ws.WsTestClient;
import dev.parley.store.TestDatabase;
import dev.parley.store.TestDatabases;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Socket.IO clients across nodes as separate processes: on two cluster nodes (PostgreSQL,
 * Redis) they and a native client see each other's messages once and in order; after a node
 * restarts, the socket.io-client reconnects by itself and receives what is sent next.
 */
class SocketIoClusterIT {
    private static final Duration SLOW = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    @Test
    void socketIoClientsOnTwoClusterNodesAndANativeClientSeeEveryMessageOnceAndInOrder() throws Exception {
        try (TestDatabase database = TestDatabases.postgres(); TestRedis redis = TestRedis.start(dir);
                ServerProcess one = clusterNode(database, redis, "one"); ServerProcess two = clusterNode(database, redis, "two")) {
            ApiClient admin = one.client(TestNode.API_SECRET);
            List<String> users = List.of("ana", "bob", "cat");
            users.forEach(id -> admin.put("/v1/users/" + id, Map.of("name", id)));
            String room = admin.withBearer(token(admin, "ana")).post("/v1/rooms", Map.of("type", "group", "name",
                    "across", "memberIds", List.of("bob", "cat"))).json().get("id").asText();
            try (var ana = SocketIoClient.withToken(one.url(), token(admin, "ana"), List.of("websocket"));
                    var bob = SocketIoClient.withToken(two.url(), token(admin, "bob"), List.of("polling"));
                    var cat = WsTestClient.connect(two.url())) {
                ana.connected();
                bob.connected();
                cat.authenticate(token(admin, "cat"));
                int each = 10;
                for (int i = 0; i < each; i++) {
                    ana.emit("message", false, room, "ana " + i);
                    bob.emit("message", false, room, "bob " + i);
                    cat.sendMessage(room, "cat " + i, "cat-" + i);
                }
                var seqs = LongStream.rangeClosed(1, 3L * each).boxed().toList();
                for (var client : List.of(ana, bob)) {
                    await().atMost(SLOW).until(() -> client.events("message").size() >= seqs.size());
                    assertThat(client.events("message")).extracting(m -> m.path("seq").asLong())
                            .containsExactlyElementsOf(seqs);
                }
                await().atMost(SLOW).until(() -> cat.messageNewSeqs(room).size() >= seqs.size());
                assertThat(cat.messageNewSeqs(room)).containsExactlyElementsOf(seqs);
            }
        }
    }

    @Test
    void theSocketIoClientReconnectsByItselfAfterItsNodeRestartsAndGetsWhatIsSentNext() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path data = dir.resolve("restart");
        Map<String, String> fixedPort = Map.of("PARLEY_HTTP_PORT", Integer.toString(port));
        ServerProcess node = ServerProcess.start(data, fixedPort);
        ApiClient admin = node.client(TestNode.API_SECRET);
        admin.put("/v1/users/ana", Map.of("name", "ana"));
        admin.put("/v1/users/bob", Map.of("name", "bob"));
        String anaToken = token(admin, "ana");
        String room = admin.withBearer(anaToken).post("/v1/rooms", Map.of("type", "group", "name", "restart",
                "memberIds", List.of("bob"))).json().get("id").asText();
        try (var bob = SocketIoClient.connect(node.url(), Map.of("auth", Map.of("token", token(admin, "bob")),
                "reconnection", true))) {
            bob.connected();
            admin.withBearer(anaToken).post("/v1/rooms/" + room + "/messages", Map.of("text", "before"));
            await().atMost(SLOW).until(() -> bob.events("message").size() == 1);
            node.close();
            bob.await("disconnect");
            node = ServerProcess.start(data, fixedPort);
            await().atMost(SLOW).until(() -> bob.seen().stream()
                    .filter(line -> line.path("type").asText().equals("connect")).count() == 2);
            admin.withBearer(anaToken).post("/v1/rooms/" + room + "/messages", Map.of("text", "after"));
            await().atMost(SLOW).until(() -> bob.events("message").size() == 2);
            assertThat(bob.events("message")).extracting(m -> m.path("message").asText()).containsExactly("before", "after");
        } finally {
            node.close();
        }
    }

    private static ServerProcess clusterNode(TestDatabase database, TestRedis redis, String name) throws Exception {
        return ServerProcess.clusterNode(dir, name, database, redis);
    }

    private static String token(ApiClient admin, String user) {
        return admin.post("/v1/users/" + user + "/tokens", Map.of()).json().get("token").asText();
    }
}
