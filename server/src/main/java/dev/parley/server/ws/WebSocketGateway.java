package dev.parley.server.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.auth.AuthService;
import dev.parley.core.auth.Credential;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.EventBus;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.message.MessageService;
import dev.parley.core.message.SyncService;
import dev.parley.core.read.ReadService;
import dev.parley.core.room.RoomService;
import dev.parley.core.typing.TypingService;
import dev.parley.protocol.ws.PresenceSnapshotFrame;
import dev.parley.protocol.ws.ReadyFrame;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.http.Routes;
import dev.parley.server.ops.ParleyMetrics;
import io.javalin.config.RoutesConfig;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /v1/ws}: upgrades, authenticates the first frame, runs each session's frames
 * through the {@link FrameDispatcher}, and delivers the node's events through the
 * {@link Fanout}. Protocol: docs/ws-protocol.md.
 */
public final class WebSocketGateway implements Routes, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketGateway.class);
    static final Duration AUTH_TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_FRAME_BYTES = 64 * 1024;
    private static final Duration EXPIRY_SWEEP = Duration.ofSeconds(30);
    /** How long the fan-out waits for a missing seq from the bus before reading it from the database. */
    static final Duration GAP_WAIT = Duration.ofMillis(50);
    /** Most users a presence snapshot looks at. */
    static final int SNAPSHOT_PEERS = 5000;

    private final ObjectMapper mapper;
    private final AuthService auth;
    private final RoomService rooms;
    private final ParleyConfig.WebSocket settings;
    private final IdGenerator ids;
    private final Frames frames;
    private final SessionRegistry registry = new SessionRegistry();
    private final Map<String, WsSession> bySocket = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("parley-ws-timer").daemon().factory());
    /** Writes outboxes to sockets, in parallel with the fan-out thread that fills them. */
    private final java.util.concurrent.ExecutorService writers = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name("parley-ws-writer-", 0).daemon().factory());
    private final PresenceTracker presence;
    private final PresenceRegistry online;
    private final Fanout fanout;
    private final FrameDispatcher dispatcher;

    public record Services(AuthService auth, RoomService rooms, MessageService messages, ReadService reads,
            TypingService typing, SyncService sync) {
    }

    public WebSocketGateway(ObjectMapper mapper, Services services, EventBus bus, PresenceRegistry online,
            IdGenerator ids, ParleyConfig.WebSocket settings, ParleyMetrics metrics) {
        this.mapper = mapper;
        this.auth = services.auth();
        this.rooms = services.rooms();
        this.settings = settings;
        this.ids = ids;
        this.frames = new Frames(mapper);
        this.online = online;
        this.presence = new PresenceTracker(bus, online, timer);
        var order = new RoomOrder(services.sync()::since, GAP_WAIT.toNanos());
        this.fanout = new Fanout(registry, frames, order, metrics::deliveries);
        this.dispatcher = new FrameDispatcher(mapper, frames, services.messages(), services.reads(),
                services.typing(), services.sync(), writers);
        bus.subscribe(fanout::accept);
        bus.onResumed(fanout::resumed);
        metrics.gauge("parley.ws.sessions", "open WebSocket sessions on this node", registry::size);
        timer.scheduleWithFixedDelay(this::closeExpired, EXPIRY_SWEEP.toSeconds(), EXPIRY_SWEEP.toSeconds(),
                TimeUnit.SECONDS);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.ws("/v1/ws", this::configure);
    }

    private void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            ctx.session.setMaxTextMessageSize(MAX_FRAME_BYTES);
            ctx.session.setMaxBinaryMessageSize(MAX_FRAME_BYTES);
            ctx.session.setIdleTimeout(Duration.ofSeconds(settings.idleTimeoutSeconds()));
            WsSession session = new WsSession(ids.next().toString(), ctx.session, settings.outboxSize(), writers, frames);
            bySocket.put(ctx.sessionId(), session);
            timer.schedule(() -> {
                if (!session.isReady()) {
                    session.close(WsSession.CLOSE_UNAUTHENTICATED, "no auth frame within 10 s");
                }
            }, AUTH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        });
        ws.onMessage(ctx -> onText(ctx, ctx.message()));
        ws.onBinaryMessage(ctx -> ctx.closeSession(1003, "binary frames are not accepted"));
        ws.onClose(ctx -> closed(ctx));
        ws.onError(ctx -> LOG.debug("WebSocket error: {}", ctx.error() == null ? "?" : ctx.error().toString()));
    }

    private void onText(WsContext ctx, String text) throws InterruptedException {
        WsSession session = bySocket.get(ctx.sessionId());
        if (session == null || session.isClosed()) {
            return;
        }
        JsonNode frame = parse(text);
        String type = frame == null ? null : frame.path("type").asText(null);
        if (!session.isReady()) {
            authenticate(session, type, frame);
            return;
        }
        dispatcher.dispatch(session, type, frame);
    }

    private void authenticate(WsSession session, String type, JsonNode frame) throws InterruptedException {
        if (!"auth".equals(type)) {
            session.close(WsSession.CLOSE_UNAUTHENTICATED, "the first frame must be auth");
            return;
        }
        Credential credential;
        try {
            credential = auth.authenticate(frame.path("token").asText(""));
        } catch (ParleyException e) {
            session.close(WsSession.CLOSE_UNAUTHENTICATED, e.code().code());
            return;
        }
        session.authenticated(credential);
        // Live events wait until ready (and the replay, if the auth frame asks for one) is out.
        session.holdAll();
        try {
            registry.register(session);
            // Read before the session's sync, so the fan-out orders its rooms from no later a seq.
            Map<java.util.UUID, Long> lastSeqs = rooms.lastSeqsOf(credential.actor());
            fanout.track(lastSeqs);
            registry.loaded(session, lastSeqs.keySet());
            String user = credential.actor().userId();
            session.reply(frames.write(new ReadyFrame(user, session.id(),
                    settings.replayLimit(), TypingService.EXPIRES.toMillis())));
            Set<String> around = online.online(rooms.peersOf(credential.actor(), SNAPSHOT_PEERS));
            session.reply(frames.write(new PresenceSnapshotFrame(around)));
            presence.connected(user, session.rooms());
            if (frame.has("rooms")) {
                dispatcher.sync(session, frame);
            }
        } catch (ParleyException e) {
            dispatcher.error(session, null, e.code().code(), e.detail());
        } finally {
            session.releaseAll();
        }
    }

    private JsonNode parse(String text) {
        try {
            JsonNode node = mapper.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private void closed(WsContext ctx) {
        WsSession session = bySocket.remove(ctx.sessionId());
        if (session == null) {
            return;
        }
        session.close(1000, "closed");
        if (session.isReady()) {
            Set<java.util.UUID> lastRooms = Set.copyOf(session.rooms());
            registry.unregister(session);
            presence.disconnected(session.userId(), lastRooms);
        }
    }

    private void closeExpired() {
        Instant cutoff = Instant.now().minusSeconds(AuthService.CLOCK_SKEW_SECONDS);
        for (var sessions : registry.all()) {
            for (WsSession session : sessions) {
                if (session.credential().expiresAt().isBefore(cutoff)) {
                    session.close(WsSession.CLOSE_UNAUTHENTICATED, "token expired");
                }
            }
        }
    }

    /** Tells every client to reconnect elsewhere (1012), then stops. */
    @Override
    public void close() {
        for (WsSession session : bySocket.values()) {
            session.close(WsSession.CLOSE_RESTARTING, "server restarting");
        }
        timer.shutdownNow();
        fanout.close();
        writers.shutdown();
    }
}
