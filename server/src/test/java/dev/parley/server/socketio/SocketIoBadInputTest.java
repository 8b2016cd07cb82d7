package dev.parley.server.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.server.TestNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hostile or broken Engine.IO / Socket.IO input: a clear refusal, no session, nothing stored. */
class SocketIoBadInputTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2(SocketIoTransportsTest.QUICK);

    private final RawEngineClient raw = new RawEngineClient(node.url());

    @Test
    void anotherProtocolVersionOrTransportIsRefusedWithEngineIoErrorCodes() {
        var old = raw.get("?EIO=3&transport=polling");
        assertThat(old.status()).isEqualTo(400);
        assertThat(old.json().get("code").asInt()).isEqualTo(5);
        assertThat(old.json().get("message").asText()).contains("Engine.IO 4");
        var flash = raw.get("?EIO=4&transport=flashsocket");
        assertThat(flash.json().get("code").asInt()).isZero();
        assertThat(flash.json().get("message").asText()).contains("polling or websocket");
        var postFirst = raw.post("?EIO=4&transport=polling", "40".getBytes());
        assertThat(postFirst.status()).isEqualTo(400);
        assertThat(postFirst.json().get("code").asInt()).isEqualTo(2);
    }

    @Test
    void aPollOrPostForAnUnknownSidIsRefusedWithCodeOne() {
        for (var reply : List.of(raw.poll("no-such-sid"), raw.post("no-such-sid", "3"))) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("code").asInt()).isEqualTo(1);
            assertThat(reply.json().get("message").asText()).startsWith("Session ID unknown");
        }
    }

    @Test
    void aMalformedEngineIoPacketClosesTheConnectionAndNamesTheProblem() {
        String sid = raw.handshake();
        var reply = raw.post(sid, "9hello");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("code").asInt()).isEqualTo(3);
        assertThat(reply.json().get("message").asText()).contains("'9' is not an Engine.IO packet type");
        assertThat(raw.poll(sid).json().get("code").asInt()).isEqualTo(1);
    }

    @Test
    void malformedSocketIoPacketsCloseTheConnectionAndNameTheProblem() {
        for (var bad : Map.of("4x", "'x' is not a Socket.IO packet type", "42/chat,[\"message\",",
                "not JSON", "4412345678901234567[]", "at most 15 digits").entrySet()) {
            String sid = raw.handshake();
            var reply = raw.post(sid, bad.getKey());
            assertThat(reply.status()).as(bad.getKey()).isEqualTo(400);
            assertThat(reply.json().get("message").asText()).as(bad.getKey()).contains(bad.getValue());
        }
    }

    @Test
    void aPollingBodyOverMaxPayloadIsRefusedWith413AndTheConnectionCloses() {
        String sid = raw.handshake();
        var reply = raw.post(sid, "4" + "x".repeat(SocketIoTransportsTest.QUICK.maxPayload()));
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("message").asText()).contains("at most 100000 bytes");
        assertThat(raw.poll(sid).json().get("code").asInt()).isEqualTo(1);
    }

    @Test
    void aClientThatNeverAnswersPingsIsClosedWithinPingIntervalPlusPingTimeout() {
        String sid = raw.handshake();
        long started = System.nanoTime();
        var ping = raw.poll(sid);
        assertThat(ping.body()).isEqualTo("2");
        var settings = SocketIoTransportsTest.QUICK;
        Duration limit = settings.pingInterval().plus(settings.pingTimeout()).plusMillis(700);
        await().atMost(limit).pollInterval(Duration.ofMillis(50))
                .until(() -> raw.poll(sid).status() == 400);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(limit);
    }

    @Test
    void aBadOrMissingTokenGetsConnectErrorAndNoSocket() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "guarded");
        try (var forged = SocketIoClient.withToken(node.url(), "forged.token.value", List.of("websocket"));
                var none = SocketIoClient.connect(node.url(), Map.of("transports", List.of("polling")))) {
            assertThat(forged.await("connect_error").get("message").asText()).startsWith("the token was refused");
            assertThat(none.await("connect_error").get("message").asText()).contains("a user token is required");
            ana.send(room, "not for them");
            assertThat(forged.seen()).noneMatch(line -> line.path("type").asText().matches("connect|event"));
            assertThat(none.seen()).noneMatch(line -> line.path("type").asText().matches("connect|event"));
        }
    }

    @Test
    void anUnknownNamespaceIsRefusedWithInvalidNamespace() {
        var ana = node.newUser("ana");
        try (var client = SocketIoClient.connect(node.url(), Map.of("url", node.url() + "/admin",
                "auth", Map.of("token", node.token(ana.id())), "transports", List.of("websocket")))) {
            assertThat(client.await("connect_error").get("message").asText()).isEqualTo("Invalid namespace");
        }
    }

    @Test
    void aBinaryEventIsRefusedInItsAckAndItsAttachmentIsDropped() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "binary");
        String sid = raw.handshake();
        assertThat(raw.post(sid, "40/chat,{\"token\":\"" + node.token(ana.id()) + "\"}").status()).isEqualTo(200);
        assertThat(raw.poll(sid).body()).startsWith("40/chat,{\"sid\":");
        String binary = "451-/chat,7[\"message\",\"" + room + "\",{\"_placeholder\":true,\"num\":0}]\u001ebAQID";
        assertThat(raw.post(sid, binary).status()).isEqualTo(200);
        assertThat(raw.poll(sid).body()).isEqualTo(
                "43/chat,7[{\"event\":\"?\",\"error\":\"binary attachments are not accepted; send text\"}]");
        assertThat(ana.api().allMessages(room)).isEmpty();
    }

    @Test
    void anUnknownEventOrWrongArgumentsAreAnsweredInTheAckOrAsAnErrorEvent() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "args");
        try (var client = SocketIoClient.withToken(node.url(), node.token(ana.id()), List.of("websocket"))) {
            client.connected();
            client.emit("message", true, room, 42);
            assertThat(client.await("ack").path("args").path(0).path("error").asText())
                    .isEqualTo("argument 2 must be the message text (a string)");
            client.emit("shout", false, room);
            assertThat(client.await("event", line -> line.path("name").asText().equals("error"))
                    .path("args").path(0).path("error").asText()).contains("unknown event 'shout'");
            client.emit("message", true, "00000000-0000-7000-8000-000000000000", "to nowhere");
            assertThat(client.await("ack", line -> line.path("id").asInt() == 2).path("args").path(0).path("error")
                    .asText()).isNotBlank();
            assertThat(ana.api().allMessages(room)).isEmpty();
        }
    }
}
