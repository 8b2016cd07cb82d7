package dev.parley.server.ws;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.server.TestNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * One gateway session over a real socket, on the JDK's {@link java.net.http.WebSocket}: sends
 * JSON frames, keeps every frame received (parsed) in arrival order, records how the socket
 * closed, and can stall its reader (request no more frames) to play a slow consumer.
 */
public final class WsTestClient implements AutoCloseable {
    /** How long any expected frame or close may take. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger REFS = new AtomicInteger();

    /** How the socket ended: a close frame (code, reason) or an error (code -1). */
    public record Closed(int code, String reason, Throwable error) {
        @Override
        public String toString() {
            return error == null ? "close " + code + " " + reason : "error " + error;
        }
    }

    private final List<JsonNode> frames = new ArrayList<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final Object sending = new Object();
    private final Object demand = new Object();
    private boolean stalled;
    private boolean demandSkipped;
    private final WebSocket socket;

    private WsTestClient(URI uri) {
        try {
            socket = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(uri, new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot connect to " + uri + ": " + e, e);
        }
    }

    /** Opens a socket to the node's gateway, not yet authenticated. */
    public static WsTestClient connect(TestNode node) {
        return connect(node.url());
    }

    /** Opens a socket to the gateway of the node at {@code http://HOST:PORT}. */
    public static WsTestClient connect(String nodeUrl) {
        return new WsTestClient(URI.create(nodeUrl.replaceFirst("^http", "ws") + "/v1/ws"));
    }

    /** Builds a frame from alternating keys and values. */
    public static ObjectNode frame(String type, Object... keysAndValues) {
        ObjectNode frame = JSON.createObjectNode().put("type", type);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            frame.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
        }
        return frame;
    }

    /** A ref no other frame of this run uses. */
    public static String newRef(String prefix) {
        return prefix + "-" + REFS.incrementAndGet();
    }

    /** Sends {@code auth} and returns the {@code ready} it gets. */
    public JsonNode authenticate(String token) {
        send(frame("auth", "token", token));
        return awaitType("ready");
    }

    // ---- sending

    public void send(JsonNode frame) {
        sendText(frame.toString());
    }

    /** Sends a text frame verbatim. */
    public void sendText(String text) {
        synchronized (sending) {
            join(socket.sendText(text, true));
        }
    }

    public void sendBinary(byte[] bytes) {
        synchronized (sending) {
            join(socket.sendBinary(ByteBuffer.wrap(bytes), true));
        }
    }

    /** Sends {@code message.send} and returns its ref, without waiting for the answer. */
    public String sendMessage(String roomId, String text, String clientId) {
        String ref = newRef("send");
        send(frame("message.send", "roomId", roomId, "text", text, "clientId", clientId, "ref", ref));
        return ref;
    }

    /** Sends {@code message.send} and returns the {@code ack} or {@code error} it causes. */
    public JsonNode sendAndAwaitReply(String roomId, String text, String clientId) {
        return awaitReply(sendMessage(roomId, text, clientId));
    }

    /**
     * Sends {@code count} messages without waiting between them and returns their acks (in the
     * order sent) once all arrived; any error fails.
     */
    public List<JsonNode> sendMany(String roomId, int count, java.util.function.IntFunction<String> text,
            Duration timeout) {
        String prefix = newRef("bulk");
        for (int i = 0; i < count; i++) {
            send(frame("message.send", "roomId", roomId, "text", text.apply(i), "clientId", prefix + "-" + i,
                    "ref", prefix + "-" + i));
        }
        Predicate<JsonNode> mine = f -> f.path("ref").asText("").startsWith(prefix + "-");
        List<JsonNode> replies = awaitCount(count, mine, timeout);
        var errors = replies.stream().filter(f -> !type(f).equals("ack")).toList();
        if (!errors.isEmpty()) {
            throw new AssertionError(errors.size() + " sends failed, e.g. " + errors.getFirst());
        }
        return replies.stream().sorted(java.util.Comparator.comparingInt(
                f -> Integer.parseInt(f.get("ref").asText().substring(prefix.length() + 1)))).toList();
    }

    /** Sends {@code ping} and awaits its {@code pong}: proves the session is open and served. */
    /**
     * Sends {@code sync} for one room with its change position and returns the frames up to
     * {@code sync.done} (excluded).
     */
    public List<JsonNode> syncWithChanges(String room, long lastSeq, long lastChange) {
        int from = received();
        send(frame("sync", "rooms", java.util.Map.of(room, lastSeq), "changes", java.util.Map.of(room, lastChange)));
        awaitFrameAfter(from, f -> type(f).equals("sync.done"));
        List<JsonNode> before = new java.util.ArrayList<>();
        for (JsonNode f : frames().subList(from, received())) {
            if (type(f).equals("sync.done")) {
                break;
            }
            before.add(f);
        }
        return before;
    }

    public JsonNode ping() {
        String ref = newRef("ping");
        send(frame("ping", "ref", ref));
        return awaitFrame(f -> type(f).equals("pong") && ref.equals(f.path("ref").asText(null)));
    }

    // ---- receiving

    /** Every frame received so far, in arrival order. */
    public List<JsonNode> frames() {
        synchronized (frames) {
            return List.copyOf(frames);
        }
    }

    public int received() {
        synchronized (frames) {
            return frames.size();
        }
    }

    public List<JsonNode> framesOfType(String type) {
        return frames().stream().filter(f -> type(f).equals(type)).toList();
    }

    public List<JsonNode> eventsOfRoom(String roomId) {
        return frames().stream().filter(f -> roomId.equals(f.path("roomId").asText(null))).toList();
    }

    /** The seqs of the room's {@code message.new} events, in arrival order. */
    public List<Long> messageNewSeqs(String roomId) {
        return messageNews(roomId).stream().map(f -> f.get("seq").asLong()).toList();
    }

    /** The message ids of the room's {@code message.new} events, in arrival order. */
    public List<String> messageNewIds(String roomId) {
        return messageNews(roomId).stream().map(f -> f.get("message").get("id").asText()).toList();
    }

    public List<JsonNode> messageNews(String roomId) {
        return frames().stream()
                .filter(f -> type(f).equals("message.new") && roomId.equals(f.path("roomId").asText(null))).toList();
    }

    /** The first frame (from the start) that matches, waiting up to {@link #TIMEOUT}. */
    public JsonNode awaitFrame(Predicate<JsonNode> matches) {
        return awaitFrameAfter(0, matches);
    }

    /** The first frame at index {@code from} or later that matches. */
    public JsonNode awaitFrameAfter(int from, Predicate<JsonNode> matches) {
        return until("a matching frame", () -> find(from, matches), Optional::isPresent).orElseThrow();
    }

    public JsonNode awaitType(String type) {
        return awaitFrame(f -> type(f).equals(type));
    }

    /** The {@code ack}, {@code error} or {@code pong} carrying this ref. */
    public JsonNode awaitReply(String ref) {
        return awaitFrame(f -> ref.equals(f.path("ref").asText(null))
                && List.of("ack", "error", "pong").contains(type(f)));
    }

    /** Waits until {@code count} frames match. */
    public List<JsonNode> awaitCount(int count, Predicate<JsonNode> matches) {
        return awaitCount(count, matches, TIMEOUT);
    }

    public List<JsonNode> awaitCount(int count, Predicate<JsonNode> matches, Duration timeout) {
        return until(count + " matching frames", () -> frames().stream().filter(matches).toList(),
                list -> list.size() >= count, timeout);
    }

    private <T> T until(String what, java.util.concurrent.Callable<T> supplier, Predicate<? super T> done) {
        return until(what, supplier, done, TIMEOUT);
    }

    private <T> T until(String what, java.util.concurrent.Callable<T> supplier, Predicate<? super T> done,
            Duration timeout) {
        try {
            return await().atMost(timeout).pollInterval(Duration.ofMillis(10)).pollDelay(Duration.ZERO)
                    .until(supplier, done::test);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("no " + what + " within " + timeout + "; received " + this, e);
        }
    }

    public Optional<JsonNode> find(int from, Predicate<JsonNode> matches) {
        List<JsonNode> all = frames();
        return all.subList(Math.min(from, all.size()), all.size()).stream().filter(matches).findFirst();
    }

    public static String type(JsonNode frame) {
        return frame.path("type").asText("");
    }

    // ---- closing

    /** How the socket ended, waiting up to {@link #TIMEOUT}. */
    public Closed awaitClosed() {
        return awaitClosed(TIMEOUT);
    }

    public Closed awaitClosed(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the socket did not close within " + timeout + "; received: " + this);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Closed> closed() {
        return Optional.ofNullable(closed.getNow(null));
    }

    /** Drops the connection without a close handshake, as a network failure would. */
    public void disconnect() {
        socket.abort();
    }

    /** Closes with 1000 and waits briefly for the server's answer. */
    @Override
    public void close() {
        boolean reading;
        synchronized (demand) {
            reading = !stalled;
        }
        if (reading && !closed.isDone() && !socket.isOutputClosed()) {
            try {
                synchronized (sending) {
                    socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(2, TimeUnit.SECONDS);
                }
                closed.get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                // closing is best effort; abort below
            }
        }
        socket.abort();
    }

    // ---- flow control

    /**
     * Stops reading: no more frames are requested from the socket, so the server's writes back
     * up into the TCP buffers and then its outbox.
     */
    public void stall() {
        synchronized (demand) {
            stalled = true;
        }
    }

    /** Reads again, starting with whatever piled up while stalled. */
    public void resume() {
        synchronized (demand) {
            stalled = false;
            if (demandSkipped) {
                demandSkipped = false;
                socket.request(1);
            }
        }
    }

    private void requestNext(WebSocket webSocket) {
        synchronized (demand) {
            if (stalled) {
                demandSkipped = true;
            } else {
                webSocket.request(1);
            }
        }
    }

    private void add(String text) {
        JsonNode parsed;
        try {
            parsed = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            parsed = JSON.createObjectNode().put("type", "<not json>").put("raw", text);
        }
        if (type(parsed).equals("error")) {
            dev.parley.server.ErrorDetails.scan("WebSocket error frame", parsed.path("detail").asText(null));
        }
        synchronized (frames) {
            frames.add(parsed);
        }
    }

    private static void join(CompletableFuture<WebSocket> sent) {
        try {
            sent.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("sending failed: " + e, e);
        }
    }

    @Override
    public String toString() {
        List<JsonNode> all = frames();
        var shown = all.size() <= 12 ? all : all.subList(all.size() - 12, all.size());
        String text = all.size() + " frames" + (all.size() > 12 ? ", the last 12: " : ": ") + shown
                + closed().map(c -> "; " + c).orElse("");
        return text.length() > 4000 ? text.substring(0, 4000) + "…" : text;
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                add(text.toString());
                text.setLength(0);
            }
            requestNext(webSocket);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            if (last) {
                add("{\"type\":\"<binary>\"}");
            }
            requestNext(webSocket);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
            requestNext(webSocket);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
            requestNext(webSocket);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            dev.parley.server.ErrorDetails.scan("WebSocket close reason", reason);
            closed.complete(new Closed(statusCode, reason, null));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(new Closed(-1, "", error));
        }
    }
}
