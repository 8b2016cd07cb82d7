package dev.parley.server.socketio;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One real npm {@code socket.io-client} (4.8.x), in a node process driven over its stdin and
 * stdout by {@code src/test/socketio-client/driver.mjs}: what it sees (connect, connect_error,
 * events, acks, disconnect, upgrade) arrives as JSON lines, kept in order.
 */
public final class SocketIoClient implements AutoCloseable {
    public static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FOLDER = Path.of("src/test/socketio-client").toAbsolutePath();
    private static boolean installed;

    private final Process process;
    private final Writer stdin;
    private final List<JsonNode> seen = new ArrayList<>();
    private final StringBuilder errors = new StringBuilder();

    private SocketIoClient(Map<String, Object> options) {
        install();
        try {
            process = new ProcessBuilder("node", "driver.mjs", JSON.writeValueAsString(options))
                    .directory(FOLDER.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start node: " + e.getMessage(), e);
        }
        stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofVirtual().start(this::readOut);
        Thread.ofVirtual().start(this::readErr);
    }

    /**
     * A client of {@code nodeUrl + "/chat"}. {@code options} may set {@code auth},
     * {@code extraHeaders}, {@code transports}, {@code upgrade}, {@code reconnection}.
     */
    public static SocketIoClient connect(String nodeUrl, Map<String, Object> options) {
        var all = new java.util.HashMap<String, Object>(options);
        all.putIfAbsent("url", nodeUrl + "/chat");
        return new SocketIoClient(all);
    }

    public static SocketIoClient withToken(String nodeUrl, String token, List<String> transports) {
        return connect(nodeUrl, Map.of("auth", Map.of("token", token), "transports", transports));
    }

    /** Runs {@code npm ci} in the client folder once per test run, when its node_modules is missing. */
    private static synchronized void install() {
        if (installed || Files.isDirectory(FOLDER.resolve("node_modules/socket.io-client"))) {
            installed = true;
            return;
        }
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(FOLDER.toFile())
                    .redirectErrorStream(true).redirectOutput(new File(FOLDER.toFile(), "npm-ci.log")).start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm ci failed in " + FOLDER + " (see npm-ci.log there)");
            }
            installed = true;
        } catch (IOException e) {
            throw new IllegalStateException("npm is needed for the Socket.IO tests: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing socket.io-client", e);
        }
    }

    /** Emits an event; with {@code ack} the client asks for an acknowledgement (seen as {@code {type: ack}}). */
    public void emit(String event, boolean ack, Object... args) {
        ObjectNode command = JSON.createObjectNode().put("op", "emit").put("event", event).put("ack", ack);
        command.set("args", JSON.valueToTree(List.of(args)));
        send(command);
    }

    private synchronized void send(JsonNode command) {
        try {
            stdin.write(command.toString() + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new IllegalStateException("the client process is gone: " + errors, e);
        }
    }

    /** The first line seen of {@code type} that matches, waiting for it. */
    public JsonNode await(String type, Predicate<JsonNode> matching) {
        Predicate<JsonNode> wanted = line -> type.equals(line.path("type").asText()) && matching.test(line);
        org.awaitility.Awaitility.await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(20))
                .alias(type + " in " + this).until(() -> find(wanted) != null);
        return find(wanted);
    }

    public JsonNode await(String type) {
        return await(type, line -> true);
    }

    public JsonNode connected() {
        return await("connect");
    }

    /** The {@code name} events seen so far, their first argument each. */
    public synchronized List<JsonNode> events(String name) {
        return seen.stream().filter(line -> "event".equals(line.path("type").asText())
                && name.equals(line.path("name").asText())).map(line -> line.path("args").path(0)).toList();
    }

    public synchronized List<JsonNode> seen() {
        return List.copyOf(seen);
    }

    private synchronized JsonNode find(Predicate<JsonNode> wanted) {
        return seen.stream().filter(wanted).findFirst().orElse(null);
    }

    private void readOut() {
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                JsonNode parsed = JSON.readTree(line);
                synchronized (this) {
                    seen.add(parsed);
                }
            }
        } catch (IOException e) {
            // The process ended.
        }
    }

    private void readErr() {
        try (var err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                synchronized (this) {
                    errors.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // The process ended.
        }
    }

    @Override
    public synchronized String toString() {
        return "socket.io-client seeing " + seen + (errors.isEmpty() ? "" : " (stderr: " + errors + ")");
    }

    @Override
    public void close() {
        try {
            send(JSON.createObjectNode().put("op", "close"));
        } catch (IllegalStateException gone) {
            // Already ended.
        }
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
