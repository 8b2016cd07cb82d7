package dev.parley.bench.limit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsMessageContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling Parley's fan-out is measured against: a broadcast server on the same stack
 * (Javalin 7 on Jetty 12, virtual threads), with no persistence, no authentication (a token
 * is the user id), no slow-consumer limit and no JSON parsing of chat frames beyond finding
 * their fields. It speaks just enough of Parley's API for {@code parley bench fanout} to run
 * against it unchanged: user and token provisioning, room creation and {@code lastSeq} over
 * REST; {@code auth → ready}, {@code message.send → ack + message.new} with a per-room seq,
 * {@code ping → pong}, and an immediate {@code sync.done} (it keeps no history).
 */
public final class LimitServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, LimitRoom> rooms = new ConcurrentHashMap<>();
    private final Map<String, LimitSession> sessions = new ConcurrentHashMap<>();
    private final AtomicLong roomIds = new AtomicLong();
    /** Writes sockets, one thread per core as Parley's writers. */
    private final ExecutorService writers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().name("limit-writer-", 0).daemon(true).factory());
    private final Javalin app;

    private LimitServer() {
        this.app = Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.routes.put("/v1/users/{id}", ctx -> ctx.status(201).json(Map.of("id", ctx.pathParam("id"))));
            config.routes.post("/v1/users/{id}/tokens",
                    ctx -> ctx.status(201).json(Map.of("token", ctx.pathParam("id"))));
            config.routes.post("/v1/rooms", this::createRoom);
            config.routes.get("/v1/rooms/{id}", this::getRoom);
            config.routes.ws("/v1/ws", this::configure);
        });
    }

    public static LimitServer start(String host, int port) {
        var server = new LimitServer();
        server.app.start(host, port);
        return server;
    }

    public int port() {
        return app.port();
    }

    private void createRoom(Context ctx) throws Exception {
        JsonNode body = JSON.readTree(ctx.body());
        Set<String> members = new HashSet<>();
        members.add(bearer(ctx));
        body.path("memberIds").forEach(id -> members.add(id.asText()));
        String id = "limit-room-" + roomIds.incrementAndGet();
        rooms.put(id, new LimitRoom(id, Set.copyOf(members)));
        ctx.status(201).json(Map.of("id", id));
    }

    private void getRoom(Context ctx) {
        LimitRoom room = rooms.get(ctx.pathParam("id"));
        if (room == null) {
            ctx.status(404).json(Map.of("code", "room_not_found"));
        } else {
            ctx.json(Map.of("id", room.id, "lastSeq", room.lastSeq()));
        }
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        return header == null ? "" : header.substring("Bearer ".length());
    }

    private void configure(WsConfig ws) {
        ws.onConnect(ctx -> sessions.put(ctx.sessionId(), new LimitSession(ctx.session, writers)));
        ws.onMessage(this::onText);
        ws.onClose(ctx -> {
            LimitSession session = sessions.remove(ctx.sessionId());
            if (session != null) {
                session.leaveAll();
            }
        });
    }

    private void onText(WsMessageContext ctx) {
        LimitSession session = sessions.get(ctx.sessionId());
        String frame = ctx.message();
        String type = JsonScan.raw(frame, "type");
        if (!session.isAuthenticated()) {
            String token = JsonScan.raw(frame, "token");
            if (!"auth".equals(type) || token == null) {
                ctx.closeSession(4401, "auth first");
                return;
            }
            List<LimitRoom> memberOf = rooms.values().stream().filter(room -> room.members.contains(token)).toList();
            session.authenticate(token, memberOf);
            session.send("{\"type\":\"ready\",\"userId\":\"" + token + "\",\"sessionId\":\"" + ctx.sessionId() + "\"}");
            if (frame.contains("\"rooms\"")) {
                session.send("{\"type\":\"sync.done\"}");
            }
            return;
        }
        switch (type == null ? "" : type) {
            case "message.send" -> send(session, frame);
            case "ping" -> session.send("{\"type\":\"pong\"}");
            case "sync" -> session.send("{\"type\":\"sync.done\"}");
            default -> {
            }
        }
    }

    private void send(LimitSession session, String frame) {
        LimitRoom room = rooms.get(String.valueOf(JsonScan.raw(frame, "roomId")));
        String ref = JsonScan.raw(frame, "ref");
        if (room == null || !room.members.contains(session.userId())) {
            session.send("{\"type\":\"error\",\"ref\":\"" + ref + "\",\"code\":\"room_not_found\"}");
            return;
        }
        room.post(session, ref, JsonScan.raw(frame, "clientId"), JsonScan.raw(frame, "text"));
    }

    @Override
    public void close() {
        app.stop();
        writers.shutdownNow();
    }
}
