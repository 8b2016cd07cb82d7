package dev.parley.server;

import dev.parley.core.auth.AuthService;
import dev.parley.core.change.ChangeLogPruning;
import dev.parley.core.event.EventBus;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.id.UuidV7Generator;
import dev.parley.core.store.Store;
import dev.parley.core.store.Transactor;
import dev.parley.core.audit.AuditService;
import dev.parley.core.moderation.ModerationService;
import dev.parley.server.moderation.ModerationRoutes;
import dev.parley.core.admin.AdminMessageService;
import dev.parley.core.event.Event;
import dev.parley.core.admin.AdminSearchService;
import dev.parley.core.admin.AdminStatsService;
import dev.parley.core.admin.AdminUserService;
import dev.parley.server.admin.AdminGate;
import dev.parley.server.admin.AdminSearchRoutes;
import dev.parley.server.admin.AdminStatsRoutes;
import dev.parley.server.admin.AdminUserRoutes;
import dev.parley.server.admin.AuditRoutes;
import dev.parley.server.admin.AppearanceRoutes;
import dev.parley.server.admin.GrantRoutes;
import dev.parley.core.apikey.ApiKeyService;
import dev.parley.core.audit.AuditTrail;
import dev.parley.core.erase.UserErasureService;
import dev.parley.server.admin.ApiKeyRoutes;
import dev.parley.server.admin.UserErasureRoutes;
import dev.parley.server.auth.ApiCredentials;
import dev.parley.server.auth.ApiSecrets;
import dev.parley.server.cluster.StoredVersionFollower;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.calls.CallRoutes;
import dev.parley.server.calls.CallTimers;
import dev.parley.server.calls.IceCredentials;
import dev.parley.server.calls.LiveKitTokens;
import dev.parley.server.calls.RtcRoutes;
import dev.parley.server.compat.ConduitInvitationRoutes;
import dev.parley.server.compat.ConduitMessageRoutes;
import dev.parley.server.compat.ConduitRoomRoutes;
import dev.parley.server.config.ClientProfile;
import dev.parley.server.config.ClientProfiles;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.delivery.DeliveryService;
import dev.parley.server.files.FilesFeature;
import dev.parley.server.delivery.StoredEvents;
import dev.parley.server.http.AccountRoutes;
import dev.parley.server.http.ChatConfigRoutes;
import dev.parley.server.http.ClientAddress;
import dev.parley.server.http.HttpApi;
import dev.parley.server.http.InvitationRoutes;
import dev.parley.server.http.JsonMapping;
import dev.parley.server.http.MemberRoutes;
import dev.parley.server.http.MessageRoutes;
import dev.parley.server.http.OpsRoutes;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.http.MuteRoutes;
import dev.parley.server.http.RoomRoutes;
import dev.parley.server.http.SessionRoutes;
import dev.parley.server.http.StreamRoutes;
import dev.parley.server.http.TypingRoutes;
import dev.parley.server.http.UserRoutes;
import dev.parley.server.ops.ParleyMetrics;
import dev.parley.server.socketio.SocketIoServer;
import dev.parley.server.web.Cors;
import dev.parley.server.web.WebApp;
import dev.parley.server.web.WebAssets;
import dev.parley.server.streams.StreamTimers;
import dev.parley.server.webhooks.Webhooks;
import dev.parley.server.ws.WebSocketGateway;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Parley node: storage, the core services, delivery, the transports and the HTTP
 * server, wired together; stopped in the reverse order. The CLI's commands on a stopped node's
 * data are {@link OfflineCommands}.
 */
public final class ParleyNode implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ParleyNode.class);
    /** How often a node compares its grants with the stored version, should a change's announcement be lost. */
    private static final long STORED_CHECK_SECONDS = 30;

    private final ParleyConfig config;
    private final ApiCredentials credentials;
    private final Javalin http;
    private final String url;
    /** What stops, in order, after the listening sockets closed. */
    private final List<AutoCloseable> stopOrder;

    private ParleyNode(ParleyConfig config, ApiCredentials credentials, Javalin http, String url,
            List<AutoCloseable> stopOrder) {
        this.config = config;
        this.credentials = credentials;
        this.http = http;
        this.url = url;
        this.stopOrder = stopOrder;
    }

    /** Starts a node and returns once it listens. */
    public static ParleyNode start(ParleyConfig config) {
        LOG.info("starting Parley with {}", StoreFactory.describe(config));
        ApiCredentials credentials = ApiCredentials.of(config.api(), config.dataDir());
        // Millisecond ticks: what the API returns equals what a later read returns from either database.
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
        IdGenerator ids = new UuidV7Generator(clock);
        ParleyMetrics metrics = new ParleyMetrics();
        Store store = StoreFactory.open(config, metrics);
        Cluster cluster = Cluster.join(config, ids.next().toString(), store, metrics);
        EventBus bus = cluster.bus();
        Transactor transactor = new Transactor(store, bus);
        transactor.observeStoredMessages(stored -> metrics.messagesStored(stored.size()));
        var callTimers = new CallTimers();
        var apiKeys = ApiKeyService.open(transactor, new AuditTrail(ids, clock), clock, credentials.key(),
                credentials.secret());
        var apiSecrets = new ApiSecrets(apiKeys.live(), apiKeys::reload, clock);
        var apiSecretFollower = StoredVersionFollower.start("api secret", apiKeys::reload,
                () -> apiKeys.live().current().version(), event -> StoredVersionFollower.NOT_ANNOUNCED, bus,
                STORED_CHECK_SECONDS);
        NodeServices core = NodeServices.create(config, transactor, bus, apiSecrets, ids, clock, callTimers);
        callTimers.sweep(core.calls()::sweep);
        var adminPassword = StartupMessages.localAdmin(core.accounts(), config);
        var grantsFollower = StoredVersionFollower.start("grants", core.grantService()::reload,
                () -> core.grants().versioned().version(),
                event -> event instanceof Event.GrantsChanged changed ? changed.version() : StoredVersionFollower.NOT_ANNOUNCED, bus, STORED_CHECK_SECONDS);
        var appearanceFollower = StoredVersionFollower.start("appearance", core.appearance()::reload,
                () -> core.appearance().version(),
                event -> event instanceof Event.AppearanceChanged changed ? changed.version() : StoredVersionFollower.NOT_ANNOUNCED, bus, STORED_CHECK_SECONDS);
        var mapper = JsonMapping.create();
        var files = FilesFeature.start(config, transactor, ids, clock, apiSecrets, metrics,
                core.grants());
        mapper.registerModule(files.jsonModule());
        var delivery = new DeliveryService(bus, new StoredEvents(core.sync()), cluster.presence(), metrics);
        var gateway = new WebSocketGateway(mapper, new WebSocketGateway.Services(core.auth(), core.rooms(),
                core.messages(), core.reads(), core.typing(), core.sync(), core.signals()), delivery, ids, config.ws(), metrics);
        var socketIo = new SocketIoServer(mapper, new SocketIoServer.Services(core.auth(), core.rooms(),
                core.messages(), core.reads()), delivery, config.socketIo());
        var webhooks = Webhooks.start(config, transactor, bus, mapper, apiSecrets, ids, clock, metrics);
        var authenticator = new Authenticator(apiSecrets, core.auth());
        var bodies = new RequestBodies(mapper);
        var adminGate = new AdminGate(authenticator);
        var moderation = new ModerationService(transactor, core.grants(), core.audit(), clock);
        var purge = new dev.parley.core.purge.MessagePurgeService(transactor, core.audit(), clock);
        var webApp = new WebApp(new WebAssets(ParleyNode.class.getClassLoader()), config.web().frameOrigins(),
                WebApp.liveKitOrigins(config.calls().liveKit().url()));
        Javalin http = HttpApi.create(mapper, metrics, List.of(
                new OpsRoutes(store, bus, metrics),
                new UserRoutes(authenticator, bodies, core.users(), core.auth()),
                new SessionRoutes(authenticator, core.users(), core.auth()),
                new RoomRoutes(authenticator, bodies, core.rooms(), core.grants(), moderation,
                        new dev.parley.core.slowmode.SlowModeService(transactor, core.grants(), core.audit(), clock)),
                new ModerationRoutes(authenticator, bodies, moderation),
                new dev.parley.server.flags.FlagRoutes(authenticator, bodies,
                        new dev.parley.core.flag.FlagService(transactor, ids, core.audit(), clock)),
                new MuteRoutes(authenticator, core.mutes()),
                new MemberRoutes(authenticator, bodies, core.members(), core.reads()),
                new MessageRoutes(authenticator, bodies, core.messages()),
                new StreamRoutes(authenticator, bodies, core.streams()),
                new TypingRoutes(authenticator, core.typing()),
                files.routes(authenticator),
                files.avatarRoutes(authenticator),
                new AccountRoutes(bodies, core.accounts(), config.identity().localAccounts(),
                        StartupMessages.appName(config), new ClientAddress(config.identity().trustForwardedFor()),
                        () -> core.profiles().find(ClientProfiles.WEB).map(ClientProfile::theme).orElse(null)),
                new ChatConfigRoutes(authenticator, credentials, core.auth(), core.users(), core.grants(),
                        core.profiles(), config, mapper),
                new GrantRoutes(adminGate, bodies, core.grantService()),
                new AppearanceRoutes(adminGate, bodies, core.appearance(), core.profiles()),
                new AuditRoutes(adminGate, new AuditService(transactor)),
                new AdminSearchRoutes(adminGate, bodies, new AdminSearchService(transactor),
                        new AdminMessageService(transactor, core.audit(), clock)),
                new AdminUserRoutes(adminGate, bodies,
                        new AdminUserService(transactor, core.users(), core.accounts(), core.audit(), clock)),
                new AdminStatsRoutes(adminGate, new AdminStatsService(transactor, clock, delivery::sessions)),
                new dev.parley.server.appban.AppBanRoutes(adminGate, bodies,
                        new dev.parley.core.appban.AppBanService(transactor, core.audit(), clock)),
                new dev.parley.server.purge.MessagePurgeRoutes(adminGate, purge),
                new UserErasureRoutes(adminGate, bodies,
                        new UserErasureService(transactor, purge, core.audit(), clock), files::removeAvatarImages),
                new ApiKeyRoutes(adminGate, bodies, apiKeys),
                webhooks.routes(authenticator, bodies),
                new CallRoutes(authenticator, bodies, core.calls()),
                new RtcRoutes(authenticator, core.calls(), core.users(),
                        new IceCredentials(config.calls().rtc(), clock),
                        new LiveKitTokens(config.calls().liveKit(), clock)),
                new InvitationRoutes(authenticator, core.invitations()),
                new ConduitRoomRoutes(authenticator, bodies, core.rooms(), core.members(),
                        config.rooms().explicitJoins()),
                new ConduitInvitationRoutes(authenticator, core.invitations()),
                new ConduitMessageRoutes(authenticator, bodies, core.messages(), core.rooms(), core.members()),
                webApp,
                gateway,
                socketIo), webApp, new Cors(config.web().allowedOrigins()));
        http.start(config.http().host(), config.http().port());
        var streamTimers = StreamTimers.start(core.streams(), core.deltas());
        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("parley-housekeeping").daemon().factory());
        housekeeping.scheduleWithFixedDelay(() -> purge(core.auth()), 1, 60, TimeUnit.MINUTES);
        housekeeping.scheduleWithFixedDelay(files.sweeper(), 1, 1, TimeUnit.MINUTES);
        var pruning = new ChangeLogPruning(transactor, config.ws().replayLimit());
        housekeeping.scheduleWithFixedDelay(() -> prune(pruning), 2, 60, TimeUnit.MINUTES);
        String url = "http://" + config.http().host() + ":" + http.port();
        StartupMessages.announce(config, credentials, apiKeys.live().current(), url, adminPassword);
        return new ParleyNode(config, credentials, http, url, List.of(housekeeping::shutdownNow, streamTimers,
                callTimers, grantsFollower, appearanceFollower, apiSecretFollower, gateway, socketIo, delivery, http::stop, webhooks, cluster, store, metrics));
    }

    public int port() {
        return http.port();
    }

    public String url() {
        return url;
    }

    public ParleyConfig config() {
        return config;
    }

    public ApiCredentials credentials() {
        return credentials;
    }

    /**
     * Stops accepting connections, tells clients to reconnect elsewhere (1012), then stops
     * delivery, HTTP, webhooks, the cluster links, the store and the metrics, in that order.
     */
    @Override
    public void close() {
        LOG.info("stopping");
        stopAccepting();
        for (AutoCloseable part : stopOrder) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", part, e.getMessage());
            }
        }
        LOG.info("stopped");
    }

    /**
     * Closes the listening sockets first: a client told to reconnect (1012) must land on
     * another node, not on this one again in the moment before it stops.
     */
    private void stopAccepting() {
        for (var connector : http.jettyServer().server().getConnectors()) {
            try {
                if (connector instanceof org.eclipse.jetty.server.NetworkConnector network) {
                    network.close();
                }
            } catch (RuntimeException e) {
                LOG.warn("could not stop accepting connections on {}: {}", connector, e.getMessage());
            }
        }
    }

    private static void prune(ChangeLogPruning pruning) {
        try {
            long pruned = pruning.prune();
            if (pruned > 0) {
                LOG.info("pruned {} room changes beyond the replay limit", pruned);
            }
        } catch (RuntimeException e) {
            LOG.warn("pruning the rooms' change logs failed: {}", e.getMessage());
        }
    }

    private static void purge(AuthService auth) {
        try {
            int purged = auth.purgeExpiredRevocations();
            if (purged > 0) {
                LOG.info("purged {} expired token revocations", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("purging expired token revocations failed: {}", e.getMessage());
        }
    }
}
