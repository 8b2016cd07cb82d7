package dev.parley.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A Parley WebSocket session for the load generator: authenticates, hands every frame's text
 * to a consumer on the client's receive thread (the consumer must stay cheap: see
 * {@link FrameText}), and sends one frame at a time (the JDK client allows one outstanding
 * send). {@link #closed()} completes with the close code when the session ends (1006 when the
 * connection broke without a close frame).
 */
public final class BenchSocket implements WebSocket.Listener {
    static final int ABNORMAL = 1006;
    /** How long a first connect, and then its {@code ready}, may take under load. */
    static final Duration OPEN_TIMEOUT = Duration.ofSeconds(30);
    private final Consumer<String> frames;
    private final String readyPrefix;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;
    private CompletableFuture<WebSocket> lastSend = CompletableFuture.completedFuture(null);

    private BenchSocket(HttpClient http, String wsUrl, String authFrame, String readyPrefix, Consumer<String> frames,
            Duration timeout) throws Exception {
        this.frames = frames;
        this.readyPrefix = readyPrefix;
        var opening = http.newWebSocketBuilder().connectTimeout(timeout).buildAsync(URI.create(wsUrl), this);
        try {
            this.socket = opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            opening.thenAccept(WebSocket::abort);
            throw e;
        }
        send(authFrame);
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            socket.abort();
            throw e;
        }
    }

    /** Connects to {@code baseUrl}'s {@code /v1/ws}, authenticates with {@code token} and waits for {@code ready}. */
    static BenchSocket open(HttpClient http, String baseUrl, String token, Consumer<String> frames) throws Exception {
        return openWith(http, baseUrl, authFrame(token, ""), frames, OPEN_TIMEOUT);
    }

    /**
     * As {@link #open}, with an {@code auth} frame of the caller's (e.g. one carrying a sync
     * request), giving up (and dropping the connection) when connect or {@code ready} takes longer
     * than {@code timeout} each.
     */
    public static BenchSocket openWith(HttpClient http, String baseUrl, String authFrame, Consumer<String> frames,
            Duration timeout) throws Exception {
        return new BenchSocket(http, baseUrl.replaceFirst("^http", "ws") + "/v1/ws", authFrame, "{\"type\":\"ready\"",
                frames, timeout);
    }

    /**
     * A Socket.IO client of {@code /chat} on the WebSocket transport ({@code /realtime}),
     * connected with {@code auth: {token}}; ready once the namespace answered CONNECT.
     */
    static BenchSocket openSocketIo(HttpClient http, String baseUrl, String token, Consumer<String> frames)
            throws Exception {
        return new BenchSocket(http, baseUrl.replaceFirst("^http", "ws") + "/realtime/?EIO=4&transport=websocket",
                "40/chat,{\"token\":\"" + token + "\"}", "40/chat,", frames, OPEN_TIMEOUT);
    }

    /** An {@code auth} frame; {@code syncRooms} is the JSON of a {@code rooms} map or "" for none. */
    static String authFrame(String token, String syncRooms) {
        return "{\"type\":\"auth\",\"token\":\"" + token + "\""
                + (syncRooms.isEmpty() ? "" : ",\"rooms\":" + syncRooms) + "}";
    }

    public synchronized void send(String frame) {
        lastSend = lastSend.thenCompose(ws -> socket.sendText(frame, true));
    }

    void ping() {
        send("{\"type\":\"ping\"}");
    }

    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    /** Drops the connection without a close handshake; {@link #closed()} completes with 1006. */
    public void abort() {
        socket.abort();
        closed.complete(ABNORMAL);
    }

    /** The close code the server sent, or 0 while open. */
    int closedWith() {
        return closed.getNow(0);
    }

    public CompletableFuture<Integer> closed() {
        return closed;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (!last) {
            partial.append(data);
        } else {
            String frame;
            if (partial.isEmpty()) {
                frame = data.toString();
            } else {
                frame = partial.append(data).toString();
                partial.setLength(0);
            }
            if (!ready.isDone() && frame.startsWith(readyPrefix)) {
                ready.complete(null);
            }
            try {
                frames.accept(frame);
            } catch (RuntimeException e) {
                ready.completeExceptionally(e);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        ready.completeExceptionally(new IllegalStateException("closed " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(ABNORMAL);
        ready.completeExceptionally(error);
    }
}
