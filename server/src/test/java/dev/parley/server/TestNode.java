package dev.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.config.ParleyConfig;
import dev.parley.store.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Parley node on a random port for API tests, on embedded H2 in a temp dir or on a
 * fresh PostgreSQL database, with helpers to provision users and tokens.
 */
public final class TestNode implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
    public static final String API_KEY = "pk_test";
    public static final String API_SECRET = "sk_test_0123456789abcdef0123456789abcdef";
    private static final AtomicInteger USERS = new AtomicInteger();

    /** What a test class needs running: a database (closed last) and a node on it. */
    private interface Starter {
        TestNode.Running start() throws Exception;
    }

    private record Running(ParleyNode node, AutoCloseable database) {
    }

    private final Starter starter;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private Running running;

    private TestNode(Starter starter) {
        this.starter = starter;
    }

    /**
     * A node on embedded H2 in a temp dir. As a JUnit extension
     * ({@code @RegisterExtension static final TestNode node = TestNode.onH2();}) it starts
     * before the class's tests and stops after them.
     */
    public static TestNode onH2() {
        return onH2(config -> config);
    }

    /** A node on embedded H2 with settings changed from the test defaults. */
    public static TestNode onH2(java.util.function.UnaryOperator<ParleyConfig> customize) {
        return new TestNode(() -> new Running(ParleyNode.start(customize.apply(config(tempDir(), "", "", "", true))),
                () -> { }));
    }

    /** A node on embedded H2 whose Socket.IO endpoint uses {@code socketIo} (short pings, small payloads). */
    public static TestNode onH2(ParleyConfig.SocketIo socketIo) {
        return onH2(config -> config.withSocketIo(socketIo));
    }

    /** A node on a fresh PostgreSQL database, dropped afterwards. */
    public static TestNode onPostgres() {
        return new TestNode(() -> {
            var database = TestDatabases.postgres();
            var settings = database.settings();
            var node = ParleyNode.start(config(tempDir(), settings.url(), settings.user(), settings.password(), true));
            return new Running(node, database);
        });
    }

    private static Path tempDir() throws java.io.IOException {
        return Files.createTempDirectory("parley-test");
    }

    public static ParleyConfig config(Path dataDir, String url, String user, String password, boolean groupCommit) {
        return new ParleyConfig(new ParleyConfig.Http("127.0.0.1", 0), dataDir,
                new ParleyConfig.Database(url, user, password, 8, false), "",
                new ParleyConfig.Api(API_KEY, API_SECRET), new ParleyConfig.Messages(4000, groupCommit), ParleyConfig.WebSocket.DEFAULT);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        running = starter.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        close();
    }

    public ParleyNode node() {
        return running.node();
    }

    public String url() {
        return node().url();
    }

    public ParleyConfig config() {
        return node().config();
    }

    /** A client with the API secret, for the server API. */
    public ApiClient server() {
        return new ApiClient(node().url(), API_SECRET);
    }

    public ApiClient anonymous() {
        return new ApiClient(node().url(), null);
    }

    /** Creates a user with a name unique to this run and returns a client holding its token. */
    public User newUser(String prefix) {
        return newUser(prefix, "user");
    }

    public User newUser(String prefix, String role) {
        String id = prefix + "-" + runId + "-" + USERS.incrementAndGet();
        var created = server().put("/v1/users/" + id, Map.of("name", prefix + " " + USERS.get(), "role", role));
        if (created.status() != 201) {
            throw new AssertionError("creating " + id + ": " + created);
        }
        return new User(id, new ApiClient(node().url(), token(id)));
    }

    public String token(String userId) {
        var issued = server().post("/v1/users/" + userId + "/tokens", Map.of());
        if (issued.status() != 201) {
            throw new AssertionError("token for " + userId + ": " + issued);
        }
        return issued.json().get("token").asText();
    }

    /** A provisioned user and a client authenticated as them. */
    public record User(String id, ApiClient api) {
        /** Creates a group (or channel) with these members and returns its id. */
        public String createRoom(String type, String name, User... members) {
            var ids = java.util.Arrays.stream(members).map(User::id).toList();
            var created = api.post("/v1/rooms", Map.of("type", type, "name", name, "memberIds", ids));
            if (created.status() != 201) {
                throw new AssertionError("creating room: " + created);
            }
            return created.json().get("id").asText();
        }

        public JsonNode send(String roomId, String text) {
            var sent = api.post("/v1/rooms/" + roomId + "/messages", Map.of("text", text));
            if (sent.status() != 201) {
                throw new AssertionError("sending: " + sent);
            }
            return sent.json();
        }
    }

    @Override
    public void close() throws Exception {
        if (running != null) {
            running.node().close();
            running.database().close();
            running = null;
        }
    }
}
