package dev.parley.server.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Socket.IO section's limits from the configuration: the payload limit on a WebSocket, a
 * flood of events from a client that never reads, and the endpoint switched off.
 */
class SocketIoLimitsTest {
    private static final int MAX_PAYLOAD = 2_000;
    private static final int OUTBOX = 16;
    private static final java.time.Duration PING = java.time.Duration.ofMillis(800);

    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withSocketIo(new ParleyConfig.SocketIo(true,
            PING, PING, MAX_PAYLOAD, java.time.Duration.ofSeconds(45), OUTBOX)));

    @RegisterExtension
    static final TestNode disabled = TestNode.onH2(config -> config.withSocketIo(new ParleyConfig.SocketIo(false,
            java.time.Duration.ofSeconds(25), java.time.Duration.ofSeconds(20), MAX_PAYLOAD,
            java.time.Duration.ofSeconds(45), 1024)));

    /** Collects the first text and the close of a raw Engine.IO WebSocket. */
    private static final class Listener implements WebSocket.Listener {
        final CompletableFuture<String> opened = new CompletableFuture<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            opened.complete(data.toString());
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            closed.complete(status);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }

    private static WebSocket open(Listener listener) throws Exception {
        URI uri = URI.create(node.url().replace("http://", "ws://") + "/realtime/?EIO=4&transport=websocket");
        return HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, listener).get(10, TimeUnit.SECONDS);
    }

    @Test
    void the_handshake_announces_the_configured_max_payload_and_a_larger_message_closes_with_1009() throws Exception {
        var listener = new Listener();
        WebSocket socket = open(listener);

        assertThat(listener.opened.get(10, TimeUnit.SECONDS)).startsWith("0{").contains("\"maxPayload\":" + MAX_PAYLOAD)
                .contains("\"pingInterval\":800");
        socket.sendText("4" + "x".repeat(MAX_PAYLOAD + 1), true);

        assertThat(listener.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1009);
    }

    @Test
    void a_flood_of_events_from_a_client_that_never_reads_is_held_back_and_ends_with_the_connection() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "flooded");
        var raw = new RawEngineClient(node.url());
        String sid = raw.handshake();
        assertThat(raw.post(sid, "40/chat,{\"token\":\"" + node.token(ana.id()) + "\"}").status()).isEqualTo(200);
        assertThat(raw.poll(sid).body()).startsWith("40/chat,{\"sid\":");

        // Batches of events, never a poll: acks and echoes fill half the outbox, then the events wait;
        // the pings it never answers end the connection, and what it still sends is refused.
        int sent = 0;
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        RawEngineClient.Reply reply;
        do {
            var batch = new StringBuilder();
            for (int i = 0; i < 25; i++, sent++) {
                batch.append(i == 0 ? "" : "\u001e").append("42/chat,").append(sent)
                        .append("[\"message\",\"").append(room).append("\",\"f").append(sent).append("\"]");
            }
            reply = raw.post(sid, batch.toString());
        } while (reply.status() == 200 && System.nanoTime() < deadline);

        assertThat(reply.status()).as("the flood ends with the connection").isEqualTo(400);
        assertThat(reply.json().get("code").asInt()).isEqualTo(1);
        var texts = ana.api().allMessages(room).stream().map(m -> m.get("text").asText()).toList();
        assertThat(texts).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(sent).allMatch(text -> text.startsWith("f"));
    }

    @Test
    void with_socketio_enabled_false_the_endpoint_is_not_served() {
        var reply = disabled.anonymous().get("/realtime/?EIO=4&transport=polling");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(disabled.anonymous().get("/health").status()).isEqualTo(200);
    }
}
