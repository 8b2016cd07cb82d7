package dev.parley.server.socketio;

import dev.parley.server.config.ParleyConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.server.TestNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The npm socket.io-client on each Engine.IO transport: WebSocket only, polling only, and polling upgraded. */
class SocketIoTransportsTest {
    static final ParleyConfig.SocketIo QUICK = new ParleyConfig.SocketIo(true, Duration.ofMillis(800), Duration.ofMillis(800), 100_000,
            Duration.ofSeconds(5), 1024);

    @RegisterExtension
    static final TestNode node = TestNode.onH2(QUICK);

    @Test
    void aWebSocketOnlyClientReceivesWhatIsSentOverRestAndSendsWithAnAck() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "ws only", bob);
        try (var client = SocketIoClient.withToken(node.url(), node.token(bob.id()), List.of("websocket"))) {
            assertThat(client.connected().path("transport").asText()).isEqualTo("websocket");
            ana.send(room, "hello over REST");
            var received = client.await("event", line -> line.path("name").asText().equals("message"));
            assertThat(received.path("args").path(0).path("message").asText()).isEqualTo("hello over REST");
            assertThat(received.path("args").path(0).path("sender").asText()).isEqualTo(ana.id());
            assertThat(received.path("args").path(0).path("room").asText()).isEqualTo(room);

            client.emit("message", true, room, "hello over Socket.IO");
            var ack = client.await("ack");
            assertThat(ack.path("args").path(0).path("message").asText()).isEqualTo("hello over Socket.IO");
            assertThat(ack.path("args").path(0).path("seq").asLong()).isEqualTo(2);
            assertThat(ana.api().allMessages(room)).extracting(m -> m.get("text").asText())
                    .containsExactly("hello over REST", "hello over Socket.IO");
        }
    }

    @Test
    void aPollingOnlyClientSendsAndReceivesItsOwnMessageOnceAndStaysConnectedAcrossPings() throws Exception {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "polling only");
        try (var client = SocketIoClient.withToken(node.url(), node.token(ana.id()), List.of("polling"))) {
            assertThat(client.connected().path("transport").asText()).isEqualTo("polling");
            client.emit("message", false, room, "one");
            client.emit("message", false, room, "two");
            await().atMost(SocketIoClient.TIMEOUT).until(() -> client.events("message").size() == 2);
            // Connected through two rounds of pings: no disconnect all along.
            var pings = QUICK.pingInterval().plus(QUICK.pingTimeout()).multipliedBy(2);
            await().during(pings).atMost(pings.plus(SocketIoClient.TIMEOUT)).until(() -> client.seen().stream()
                    .noneMatch(line -> line.path("type").asText().equals("disconnect")));
            assertThat(client.events("message")).extracting(m -> m.path("message").asText()).containsExactly("one", "two");
        }
    }

    @Test
    void theDefaultClientUpgradesFromPollingToWebSocketAndKeepsEveryMessageInOrder() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "upgrade", bob);
        try (var client = SocketIoClient.connect(node.url(), Map.of("auth", Map.of("token", node.token(bob.id()))))) {
            client.connected();
            for (int i = 1; i <= 20; i++) {
                ana.send(room, "m" + i);
            }
            assertThat(client.await("upgrade").path("transport").asText()).isEqualTo("websocket");
            for (int i = 21; i <= 40; i++) {
                ana.send(room, "m" + i);
            }
            await().atMost(SocketIoClient.TIMEOUT).until(() -> client.events("message").size() >= 40);
            assertThat(client.events("message")).extracting(m -> m.path("seq").asLong())
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList());
        }
    }

    @Test
    void theAuthorizationHeaderOfTheHandshakeAuthenticatesTooAndMessagesReadIsBroadcast() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "header", bob);
        ana.send(room, "read me");
        try (var client = SocketIoClient.connect(node.url(), Map.of("extraHeaders",
                Map.of("Authorization", "Bearer " + node.token(bob.id())), "transports", List.of("polling")))) {
            client.connected();
            client.emit("messagesRead", true, room);
            var read = client.await("event", line -> line.path("name").asText().equals("messagesRead"));
            assertThat(read.path("args").path(0).path("room").asText()).isEqualTo(room);
            assertThat(read.path("args").path(0).path("readBy").asText()).isEqualTo(bob.id());
            assertThat(bob.api().get("/v1/rooms/" + room).json().path("unreadCount").asLong()).isZero();
        }
    }

    @Test
    void aClientConnectedAsConduitsTutorialShowsWorks_theChatSlashNamespaceAndTheBareTokenInTheHeader() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "tutorial", bob);
        try (var client = SocketIoClient.connect(node.url(), Map.of("url", node.url() + "/chat/",
                "extraHeaders", Map.of("Authorization", node.token(bob.id())), "transports", List.of("polling")))) {
            client.connected();
            client.emit("message", false, room, "Arg 2");
            var echo = client.await("event", line -> line.path("name").asText().equals("message"));
            assertThat(echo.path("args").path(0).path("message").asText()).isEqualTo("Arg 2");
            assertThat(ana.api().allMessages(room)).extracting(m -> m.get("userId").asText()).containsExactly(bob.id());
        }
    }
}
