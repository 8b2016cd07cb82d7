package dev.parley.server;

import dev.parley.core.account.AccountService;
import dev.parley.core.account.LoginThrottle;
import dev.parley.core.account.PasswordHasher;
import dev.parley.core.auth.AuthService;
import dev.parley.core.event.Event;
import dev.parley.core.event.EventBus;
import dev.parley.core.event.LocalEventBus;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.id.UuidV7Generator;
import dev.parley.core.message.MessageLimits;
import dev.parley.core.message.MessageService;
import dev.parley.core.message.SyncService;
import dev.parley.core.read.ReadService;
import dev.parley.core.room.MemberService;
import dev.parley.core.room.RoomService;
import dev.parley.core.store.Store;
import dev.parley.core.typing.TypingService;
import dev.parley.core.user.UserService;
import dev.parley.server.auth.ApiCredentials;
import dev.parley.server.auth.JwtTokenCodec;
import dev.parley.server.auth.LocalAdmin;
import dev.parley.server.config.ClientProfiles;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.files.FilesFeature;
import dev.parley.server.http.AccountRoutes;
import dev.parley.server.http.Authenticator;
import dev.parley.server.http.ChatConfigRoutes;
import dev.parley.server.http.HttpApi;
import dev.parley.server.http.JsonMapping;
import dev.parley.server.http.MemberRoutes;
import dev.parley.server.http.MessageRoutes;
import dev.parley.server.http.OpsRoutes;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.http.RoomRoutes;
import dev.parley.server.http.SessionRoutes;
import dev.parley.server.http.UserRoutes;
import dev.parley.server.ops.ParleyMetrics;
import dev.parley.server.web.Cors;
import dev.parley.server.web.WebApp;
import dev.parley.server.web.WebAssets;
import dev.parley.server.ws.WebSocketGateway;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One running Parley node: storage, services, the event bus and the HTTP server, wired together. */
public final class ParleyNode implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ParleyNode.class);

    private final Store store;
    private final Cluster cluster;
    private final ParleyMetrics metrics;
    private final Javalin http;
    private final WebSocketGateway gateway;
    private final ApiCredentials credentials;
    private final ScheduledExecutorService housekeeping;
    private final String url;
    private final ParleyConfig config;

    private ParleyNode(ParleyConfig config, Store store, Cluster cluster, ParleyMetrics metrics, Javalin http,
            WebSocketGateway gateway, ApiCredentials credentials, ScheduledExecutorService housekeeping, String url) {
        this.store = store;
        this.cluster = cluster;
        this.metrics = metrics;
        this.http = http;
        this.gateway = gateway;
        this.credentials = credentials;
        this.housekeeping = housekeeping;
        this.url = url;
        this.config = config;
    }

    /** Starts a node and returns once it listens. */
    public static ParleyNode start(ParleyConfig config) {
        LOG.info("starting Parley with {}", StoreFactory.describe(config));
        ApiCredentials credentials = credentials(config);
        // Millisecond ticks: what the API returns equals what a later read returns from either database.
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
        IdGenerator ids = new UuidV7Generator(clock);
        ParleyMetrics metrics = new ParleyMetrics();
        Store store = StoreFactory.open(config, metrics);
        Cluster cluster = Cluster.join(config, ids.next().toString(), store, metrics);
        EventBus bus = cluster.bus();
        store.messageLog().onCommitted(messages -> {
            metrics.messagesStored(messages.size());
            messages.forEach(message -> bus.publish(new Event.MessagePosted(message)));
        });
        AuthService auth = new AuthService(store, new JwtTokenCodec(credentials.secret()), bus, clock);
        UserService users = new UserService(store, bus, clock);
        RoomService rooms = new RoomService(store, bus, ids, clock, config.permissions());
        ReadService reads = new ReadService(store, bus);
        var limits = new MessageLimits(config.messages().maxTextLength(), MessageLimits.DEFAULT.maxAttachments());
        MessageService messages = new MessageService(store, bus, ids, clock, limits, config.permissions());
        var authenticator = new Authenticator(credentials, auth);
        var mapper = JsonMapping.create();
        var files = FilesFeature.start(config, store, bus, ids, clock, credentials.secret(), metrics);
        mapper.registerModule(files.jsonModule());
        var bodies = new RequestBodies(mapper);
        var accounts = new AccountService(store, auth, new PasswordHasher(), LoginThrottle.standard(), clock,
                config.identity().signup());
        Optional<String> adminPassword = config.identity().localAccounts() ? localAdmin(accounts, config) : Optional.empty();
        var gateway = new WebSocketGateway(mapper, new WebSocketGateway.Services(auth, rooms, messages, reads,
                new TypingService(store, bus, System::nanoTime), new SyncService(store, config.ws().replayLimit())),
                bus, cluster.presence(), ids, config.ws(), metrics);
        var webApp = new WebApp(new WebAssets(ParleyNode.class.getClassLoader()), config.web().frameOrigins());
        Javalin http = HttpApi.create(mapper, metrics, List.of(
                new OpsRoutes(store, bus, metrics),
                new UserRoutes(authenticator, bodies, users, auth),
                new SessionRoutes(authenticator, users, auth),
                new RoomRoutes(authenticator, bodies, rooms),
                new MemberRoutes(authenticator, bodies, new MemberService(store, bus, clock, config.permissions()), reads),
                new MessageRoutes(authenticator, bodies, messages),
                files.routes(authenticator),
                files.avatarRoutes(authenticator),
                new AccountRoutes(bodies, accounts, config.identity().localAccounts(), appName(config)),
                new ChatConfigRoutes(authenticator, credentials, auth, users, config, mapper),
                webApp,
                gateway), webApp, new Cors(config.web().allowedOrigins()));
        http.start(config.http().host(), config.http().port());
        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("parley-housekeeping").daemon().factory());
        housekeeping.scheduleWithFixedDelay(() -> purge(auth), 1, 60, TimeUnit.MINUTES);
        housekeeping.scheduleWithFixedDelay(files.sweeper(), 1, 1, TimeUnit.MINUTES);
        String url = "http://" + config.http().host() + ":" + http.port();
        announce(config, credentials, url, adminPassword);
        return new ParleyNode(config, store, cluster, metrics, http, gateway, credentials, housekeeping, url);
    }

    /** Brings the schema up to date and returns. */
    public static void migrate(ParleyConfig config) {
        StoreFactory.migrate(config);
    }

    /** Sets a user's local-account password (the {@code parley user set-password} command). */
    public static void setPassword(ParleyConfig config, String userId, String password) {
        ApiCredentials credentials = credentials(config);
        Clock clock = Clock.systemUTC();
        try (ParleyMetrics metrics = new ParleyMetrics(); EventBus bus = new LocalEventBus();
                Store store = StoreFactory.open(config, metrics)) {
            AuthService auth = new AuthService(store, new JwtTokenCodec(credentials.secret()), bus, clock);
            new AccountService(store, auth, new PasswordHasher(), LoginThrottle.standard(), clock, false)
                    .setPassword(userId, password);
        }
    }

    /** Appends {@code count} generated messages to a room (the {@code parley seed} command; node stopped). */
    public static long seed(ParleyConfig config, java.util.UUID roomId, String userId, long count,
            java.util.function.LongConsumer progress) throws InterruptedException {
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
        try (ParleyMetrics metrics = new ParleyMetrics(); Store store = StoreFactory.open(config, metrics)) {
            return new Seeder(store, new UuidV7Generator(clock), clock).seed(roomId, userId, count, progress);
        }
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

    @Override
    public void close() {
        LOG.info("stopping");
        housekeeping.shutdownNow();
        stopAccepting();
        gateway.close();
        http.stop();
        cluster.close();
        store.close();
        metrics.close();
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

    private static ApiCredentials credentials(ParleyConfig config) {
        try {
            return ApiCredentials.resolve(config.api().key(), config.api().secret(), config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the API credentials in " + config.dataDir(), e);
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

    private static Optional<String> localAdmin(AccountService accounts, ParleyConfig config) {
        try {
            return LocalAdmin.ensure(accounts, config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the admin password in " + config.dataDir(), e);
        }
    }

    private static String appName(ParleyConfig config) {
        return config.web().clients().find(ClientProfiles.WEB).map(profile -> (String) profile.theme().get("appName"))
                .orElse("Parley");
    }

    private static void announce(ParleyConfig config, ApiCredentials credentials, String url,
            Optional<String> adminPassword) {
        LOG.info("listening on {}", url);
        String browserUrl = config.web().publicUrl().isEmpty() ? url.replace("://0.0.0.0:", "://127.0.0.1:")
                : config.web().publicUrl();
        adminPassword.ifPresent(password ->
                LOG.info("open {}/ and sign in as {} / {}", browserUrl, AccountService.ADMIN_ID, password));
        LOG.info("API key: {}", credentials.key());
        if (credentials.generatedNow()) {
            LOG.info("API secret (shown once; kept in {}): {}",
                    config.dataDir().resolve(ApiCredentials.FILE_NAME).toAbsolutePath().normalize(), credentials.secret());
        }
    }
}
