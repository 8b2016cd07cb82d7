package dev.parley.server.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.auth.AuthService;
import dev.parley.core.call.CallSignals;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.message.MessageService;
import dev.parley.core.message.SyncService;
import dev.parley.core.read.ReadService;
import dev.parley.core.room.RoomService;
import dev.parley.core.typing.TypingService;
import dev.parley.protocol.ws.AuthFrame;
import dev.parley.protocol.ws.CallSignalFrame;
import dev.parley.protocol.ws.PingFrame;
import dev.parley.protocol.ws.PongFrame;
import dev.parley.protocol.ws.ReadFrame;
import dev.parley.protocol.ws.SendFrame;
import dev.parley.protocol.ws.SyncFrame;
import dev.parley.protocol.ws.TypingFrame;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.delivery.DeliveryService;
import dev.parley.server.delivery.Ending;
import dev.parley.server.ops.ParleyMetrics;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /v1/ws}, the native WebSocket transport: upgrades, opens each session with its
 * {@code auth} frame ({@link SessionOpening}), hands later frames to the {@link FrameHandlers}
 * and attaches sessions to the node's {@link DeliveryService}. Protocol: docs/ws-protocol.md.
 */
public final class WebSocketGateway implements Routes, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketGateway.class);
    static final Duration AUTH_TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_FRAME_BYTES = 64 * 1024;

    private final ObjectMapper mapper;
    private final ParleyConfig.WebSocket settings;
    private final IdGenerator ids;
    private final Frames frames;
    private final DeliveryService delivery;
    private final Map<String, WsSession> bySocket = new ConcurrentHashMap<>();
    private final SessionOpening opening;
    private final FrameHandlers handlers;

    public record Services(AuthService auth, RoomService rooms, MessageService messages, ReadService reads,
            TypingService typing, SyncService sync, CallSignals calls) {
    }

    public WebSocketGateway(ObjectMapper mapper, Services services, DeliveryService delivery, IdGenerator ids,
            ParleyConfig.WebSocket settings, ParleyMetrics metrics) {
        this.mapper = mapper;
        this.settings = settings;
        this.ids = ids;
        var replayFrames = new ReplayFrameCache(settings.replayCacheMb() * 1024L * 1024L);
        ReplayMeters.register(metrics.registry(), replayFrames, services.sync());
        this.frames = new Frames(mapper, replayFrames);
        this.delivery = delivery;
        Replies replies = new Replies(mapper, frames);
        SyncHandler sync = new SyncHandler(services.sync(), replies);
        this.opening = new SessionOpening(services.auth(), services.rooms(), delivery, replies, sync,
                settings.replayLimit());
        this.handlers = new FrameHandlers(replies)
                .register(SendFrame.TYPE, new SendHandler(services.messages(), replies, delivery.writers()))
                .register(ReadFrame.TYPE, new ReadHandler(services.reads(), replies))
                .register(TypingFrame.TYPE, new TypingHandler(services.typing(), replies))
                .register(SyncFrame.TYPE, sync)
                .register(CallSignalFrame.TYPE, new CallSignalHandler(services.calls(), replies))
                .register(PingFrame.TYPE, (session, frame) -> session.reply(frames.write(new PongFrame(frame.ref()))))
                .register(AuthFrame.TYPE, (session, frame) -> replies.error(session, frame.ref(),
                        "already_authenticated", "this session is authenticated already"));
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
            WsSession session = new WsSession(ids.next().toString(), new JettyConnection(ctx.session),
                    settings.outboxSize(), delivery.writers(), frames);
            bySocket.put(ctx.sessionId(), session);
            delivery.schedule(() -> {
                if (!session.isReady()) {
                    session.end(Ending.UNAUTHENTICATED, "no auth frame within 10 s");
                }
            }, AUTH_TIMEOUT);
        });
        ws.onMessage(ctx -> onText(ctx, ctx.message()));
        ws.onBinaryMessage(ctx -> ctx.closeSession(1003, "binary frames are not accepted"));
        ws.onClose(this::closed);
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
            opening.open(session, type, frame);
            return;
        }
        handlers.dispatch(session, type, frame);
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
        session.closed();
        if (session.isReady()) {
            delivery.detach(session);
        }
    }

    /** Tells every client to reconnect elsewhere (1012). */
    @Override
    public void close() {
        for (WsSession session : bySocket.values()) {
            session.end(Ending.RESTARTING, "server restarting");
        }
    }
}
