package dev.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A Parley WebSocket session for the load generator: authenticates, hands every frame to a
 * consumer on the client's own thread, and sends one frame at a time (the JDK client allows
 * one outstanding send).
 */
final class BenchSocket implements WebSocket.Listener {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Consumer<JsonNode> frames;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;
    private CompletableFuture<WebSocket> lastSend = CompletableFuture.completedFuture(null);
    private volatile int closedWith;

    private BenchSocket(HttpClient http, String wsUrl, String token, Consumer<JsonNode> frames) throws Exception {
        this.frames = frames;
        this.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(wsUrl), this).get(30, TimeUnit.SECONDS);
        send("{\"type\":\"auth\",\"token\":\"" + token + "\"}");
        ready.get(30, TimeUnit.SECONDS);
    }

    static BenchSocket open(HttpClient http, String baseUrl, String token, Consumer<JsonNode> frames) throws Exception {
        return new BenchSocket(http, baseUrl.replaceFirst("^http", "ws") + "/v1/ws", token, frames);
    }

    synchronized void send(String frame) {
        lastSend = lastSend.thenCompose(ws -> socket.sendText(frame, true));
    }

    void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                JsonNode frame = JSON.readTree(partial.toString());
                if ("ready".equals(frame.path("type").asText())) {
                    ready.complete(null);
                }
                frames.accept(frame);
            } catch (Exception e) {
                ready.completeExceptionally(e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    /** The close code the server sent, or 0 while open. */
    int closedWith() {
        return closedWith;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closedWith = statusCode;
        ready.completeExceptionally(new IllegalStateException("closed " + statusCode + " " + reason));
        return null;
    }
}
