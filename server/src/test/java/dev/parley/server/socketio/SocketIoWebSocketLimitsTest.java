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

/** The Socket.IO section's limits on a WebSocket, and the endpoint switched off by configuration. */
class SocketIoWebSocketLimitsTest {
    private static final int MAX_PAYLOAD = 2_000;

    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withSocketIo(new ParleyConfig.SocketIo(true,
            java.time.Duration.ofSeconds(25), java.time.Duration.ofSeconds(20), MAX_PAYLOAD,
            java.time.Duration.ofSeconds(45), 1024)));

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
                .contains("\"pingInterval\":25000");
        socket.sendText("4" + "x".repeat(MAX_PAYLOAD + 1), true);

        assertThat(listener.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1009);
    }

    @Test
    void with_socketio_enabled_false_the_endpoint_is_not_served() {
        var reply = disabled.anonymous().get("/realtime/?EIO=4&transport=polling");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(disabled.anonymous().get("/health").status()).isEqualTo(200);
    }
}
