package dev.parley.server.socketio;

import dev.parley.server.config.ParleyConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.auth.AuthService;
import dev.parley.core.message.MessageService;
import dev.parley.core.read.ReadService;
import dev.parley.core.room.RoomService;
import dev.parley.server.delivery.DeliveryService;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Engine.IO 4 / Socket.IO 5 at {@code /realtime} on the node's own port, for clients of the
 * Conduit chat module: HTTP long-polling ({@code GET} takes the waiting packets, {@code POST}
 * brings the client's), WebSocket, and the upgrade from the one to the other. The Socket.IO
 * namespace {@code /chat} is served by {@link ChatNamespace} and {@link ChatEvents};
 * docs/compat/conduit.md describes what is served.
 */
public final class SocketIoServer implements Routes, AutoCloseable {
    public static final String PATH = "/realtime";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The core services the namespace uses. */
    public record Services(AuthService auth, RoomService rooms, MessageService messages, ReadService reads) {
    }

    private final ParleyConfig.SocketIo settings;
    private final DeliveryService delivery;
    private final ObjectMapper mapper;
    private final ChatNamespace chat;
    private final ChatEvents events;
    private final Map<String, EngineSession> bySid = new ConcurrentHashMap<>();
    private final Map<String, EngineSession> bySocket = new ConcurrentHashMap<>();

    public SocketIoServer(ObjectMapper mapper, Services services, DeliveryService delivery, ParleyConfig.SocketIo settings) {
        this.settings = settings;
        this.delivery = delivery;
        this.mapper = mapper;
        this.chat = new ChatNamespace(services.auth(), services.rooms(), delivery, mapper, settings);
        this.events = new ChatEvents(services.messages(), services.rooms(), services.reads(), delivery.writers());
    }

    @Override
    public void register(RoutesConfig routes) {
        if (!settings.enabled()) {
            return; // socketio.enabled=false: /realtime is not served (404)
        }
        routes.get(PATH, this::get);
        routes.post(PATH, this::post);
        routes.ws(PATH, this::configure);
    }

    /** Open Engine.IO connections on this node. */
    public int connections() {
        return bySid.size();
    }

    private void get(Context ctx) throws InterruptedException {
        if (!checkQuery(ctx)) {
            return;
        }
        if (!"polling".equals(ctx.queryParam("transport"))) {
            EngineErrors.write(ctx, 400, EngineErrors.BAD_REQUEST,
                    "Bad request: transport=websocket needs a WebSocket upgrade request");
            return;
        }
        String sid = ctx.queryParam("sid");
        if (sid == null) {
            EngineSession engine = open(ctx.header("Authorization"));
            text(ctx, handshake(engine.sid(), true));
            return;
        }
        EngineSession engine = bySid.get(sid);
        if (engine == null || !engine.polling()) {
            unknownSid(ctx);
            return;
        }
        PollQueue.Taken taken = engine.take();
        if (taken == null) {
            engine.close("two polling requests at once");
            EngineErrors.write(ctx, 400, EngineErrors.BAD_REQUEST, "Bad request: a polling GET is already waiting");
            return;
        }
        text(ctx, taken.payload());
        taken.written();
    }

    private void post(Context ctx) throws InterruptedException {
        if (!checkQuery(ctx)) {
            return;
        }
        String sid = ctx.queryParam("sid");
        if (sid == null) {
            EngineErrors.write(ctx, 400, EngineErrors.BAD_HANDSHAKE_METHOD,
                    "Bad handshake method: a connection opens with GET");
            return;
        }
        EngineSession engine = bySid.get(sid);
        if (engine == null || !engine.polling()) {
            unknownSid(ctx);
            return;
        }
        String body = body(ctx);
        if (body == null) {
            engine.close("payload too large");
            EngineErrors.write(ctx, 413, EngineErrors.BAD_REQUEST,
                    "Payload too large: a polling body is at most " + settings.maxPayload() + " bytes");
            return;
        }
        try {
            for (String packet : EnginePackets.split(body)) {
                engine.receive(packet);
            }
        } catch (EnginePackets.BadPacket e) {
            engine.close("bad packet");
            EngineErrors.write(ctx, 400, EngineErrors.BAD_REQUEST, "Bad request: " + e.getMessage());
            return;
        }
        ctx.contentType("text/html").result("ok");
    }

    private void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            ctx.session.setMaxTextMessageSize(settings.maxPayload());
            ctx.session.setMaxBinaryMessageSize(settings.maxPayload());
            ctx.session.setIdleTimeout(settings.pingInterval().plus(settings.pingTimeout()).multipliedBy(2));
            connectSocket(ctx);
        });
        ws.onMessage(ctx -> onText(ctx, ctx.message()));
        ws.onBinaryMessage(ctx -> {
            // Binary data is not accepted: dropped (a binary event's header was refused already).
        });
        ws.onClose(this::socketClosed);
    }

    private void connectSocket(WsContext ctx) {
        if ("4".equals(ctx.queryParam("EIO")) && "websocket".equals(ctx.queryParam("transport"))) {
            String sid = ctx.queryParam("sid");
            if (sid == null) {
                EngineSession engine = open(ctx.header("Authorization"));
                engine.useSocket(ctx.session);
                bySocket.put(ctx.sessionId(), engine);
                engine.send(EnginePackets.OPEN + handshake(engine.sid(), false).substring(1));
                return;
            }
            EngineSession engine = bySid.get(sid);
            if (engine != null && engine.probing(ctx.session)) {
                bySocket.put(ctx.sessionId(), engine);
                return;
            }
            ctx.closeSession(1008, "Session ID unknown");
            return;
        }
        ctx.closeSession(1008, "Bad request: EIO=4&transport=websocket expected");
    }

    private void onText(WsContext ctx, String text) throws InterruptedException {
        EngineSession engine = bySocket.get(ctx.sessionId());
        if (engine == null) {
            return;
        }
        if (!engine.carriedBy(ctx.session)) {
            engine.probeFrame(ctx.session, text);
            return;
        }
        try {
            engine.receive(text);
        } catch (EnginePackets.BadPacket e) {
            engine.close("Bad request: " + e.getMessage());
        }
    }

    private void socketClosed(WsContext ctx) {
        EngineSession engine = bySocket.remove(ctx.sessionId());
        if (engine == null) {
            return;
        }
        if (engine.carriedBy(ctx.session)) {
            engine.close("transport close");
        } else {
            engine.probeClosed(ctx.session);
        }
    }

    private EngineSession open(String authorization) {
        EngineSession engine = new EngineSession(randomId(), authorization, settings, delivery::schedule,
                closed -> bySid.remove(closed.sid(), closed));
        bySid.put(engine.sid(), engine);
        var connection = new SocketIoConnection(engine, chat, events, mapper, randomId());
        engine.start(connection);
        delivery.schedule(() -> {
            if (!connection.connected()) {
                engine.close("no namespace connected in time");
            }
        }, settings.connectTimeout());
        return engine;
    }

    /** {@code 0{"sid":…}}: the open packet. */
    private String handshake(String sid, boolean canUpgrade) {
        return EnginePackets.OPEN + "{\"sid\":\"" + sid + "\",\"upgrades\":" + (canUpgrade ? "[\"websocket\"]" : "[]")
                + ",\"pingInterval\":" + settings.pingInterval().toMillis() + ",\"pingTimeout\":"
                + settings.pingTimeout().toMillis() + ",\"maxPayload\":" + settings.maxPayload() + "}";
    }

    private static boolean checkQuery(Context ctx) {
        if (!"4".equals(ctx.queryParam("EIO"))) {
            EngineErrors.write(ctx, 400, EngineErrors.UNSUPPORTED_PROTOCOL_VERSION,
                    "Unsupported protocol version: this server speaks Engine.IO 4 (EIO=4, socket.io-client 3 and later)");
            return false;
        }
        String transport = ctx.queryParam("transport");
        if (!"polling".equals(transport) && !"websocket".equals(transport)) {
            EngineErrors.write(ctx, 400, EngineErrors.UNKNOWN_TRANSPORT,
                    "Transport unknown: transport must be polling or websocket");
            return false;
        }
        return true;
    }

    private static void unknownSid(Context ctx) {
        EngineErrors.write(ctx, 400, EngineErrors.UNKNOWN_SID,
                "Session ID unknown: it never existed, has closed, or moved to a WebSocket");
    }

    private String body(Context ctx) {
        if (ctx.contentLength() > settings.maxPayload()) {
            return null;
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(settings.maxPayload() + 1);
            return bytes.length > settings.maxPayload() ? null : new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void text(Context ctx, String payload) {
        ctx.contentType("text/plain; charset=UTF-8").result(payload);
    }

    private static String randomId() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Ends every connection: clients reconnect, to another node. */
    @Override
    public void close() {
        for (EngineSession engine : bySid.values()) {
            engine.close("server restarting");
        }
    }
}
