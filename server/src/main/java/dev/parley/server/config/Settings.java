package dev.parley.server.config;

import java.util.List;

/** Every configuration key Parley reads. Documented in README.md and docs/operations.md. */
public final class Settings {
    public static final Setting HTTP_HOST = new Setting("http.host", "127.0.0.1", false, "listen address");
    public static final Setting HTTP_PORT = new Setting("http.port", "8080", false,
            "listen port (0 = pick a free one; the chosen port is logged)");
    public static final Setting DATA_DIR = new Setting("data.dir", "./data", false,
            "embedded database, uploaded files, generated secrets");
    public static final Setting DB_URL = new Setting("db.url", "", false,
            "JDBC URL; empty = embedded H2 in the data dir, jdbc:postgresql://… selects PostgreSQL");
    public static final Setting DB_USER = new Setting("db.user", "", false, "database user");
    public static final Setting DB_PASSWORD = new Setting("db.password", "", true, "database password");
    public static final Setting DB_POOL_SIZE = new Setting("db.pool-size", "16", false, "JDBC connections in the pool");
    public static final Setting DB_SYNC_COMMITS = new Setting("db.sync-commits", "false", false,
            "embedded database: fsync every commit so acknowledged messages survive a power loss too");
    public static final Setting REDIS_URL = new Setting("redis.url", "", false,
            "redis://host:port turns on cluster mode (events and presence shared through Redis; needs PostgreSQL)");
    public static final Setting API_KEY = new Setting("api.key", "", false,
            "the app's public API key (generated once into the data dir when empty)");
    public static final Setting API_SECRET = new Setting("api.secret", "", true,
            "the app's API secret, at least 32 characters (generated once into the data dir when empty)");
    public static final Setting MAX_TEXT_LENGTH = new Setting("messages.max-text-length", "4000", false,
            "longest message text, in characters");
    public static final Setting GROUP_COMMIT = new Setting("messages.group-commit", "true", false,
            "commit concurrent sends in one transaction (true) or each in its own (false)");
    public static final Setting STREAM_IDLE_SECONDS = new Setting("messages.stream-idle-seconds", "60", false,
            "a streamed reply (a bot's) that gets no append for this long is ended by the server");
    public static final Setting RATE_LIMIT_MESSAGES = new Setting("messages.rate-limit.messages", "0", false,
            "most messages one user sends per messages.rate-limit.window-seconds (on each node); 0 = no limit");
    public static final Setting RATE_LIMIT_WINDOW = new Setting("messages.rate-limit.window-seconds", "10", false,
            "the window of messages.rate-limit.messages, in seconds");

    public static final Setting WS_OUTBOX_SIZE = new Setting("ws.outbox-size", "4096", false,
            "frames waiting for a slow WebSocket client before it is closed with 4408");
    public static final Setting WS_REPLAY_LIMIT = new Setting("ws.replay-limit", "1000", false,
            "most missed messages per room a sync replays; beyond, sync.gap tells the client to page history");
    public static final Setting WS_REPLAY_CACHE_MB = new Setting("ws.replay-cache-mb", "32", false,
            "memory for the encoded messages and changes sync replays share (one serialization per node, not per session); 0 = off");
    public static final Setting WS_IDLE_TIMEOUT = new Setting("ws.idle-timeout-seconds", "60", false,
            "close a WebSocket that sent nothing for this long (clients ping every 25-30 s)");

    public static final Setting WEB_PUBLIC_URL = new Setting("web.public-url", "", false,
            "the URL browsers reach this server at (https://chat.example.com); empty = taken from each request's Host");
    public static final Setting WEB_FRAME_ORIGINS = new Setting("web.frame-origins", "", false,
            "origins that may frame /embed/… pages, comma-separated (https://app.example.com); empty = same origin only");
    public static final Setting WEB_ALLOWED_ORIGINS = new Setting("web.allowed-origins", "", false,
            "origins whose pages may call the API from the browser (CORS), comma-separated or *; empty = web.frame-origins");
    public static final Setting ACCOUNTS_LOCAL = new Setting("accounts.local", "true", false,
            "local accounts with passwords (sign-in page, an admin account created at first start)");
    public static final Setting ACCOUNTS_SIGNUP = new Setting("accounts.signup", "true", false,
            "anyone who reaches the sign-in page may create a local account");
    public static final Setting USERS_DIRECTORY = new Setting("users.directory", "all", false,
            "whom users find in the directory (GET /v1/users with a user token): all, shared-rooms (people they share"
                    + " a room with) or none (403; the server API is not affected)");
    public static final Setting HTTP_TRUST_FORWARDED_FOR = new Setting("http.trust-forwarded-for", "false", false,
            "take the client address from the last X-Forwarded-For entry (set this only behind a proxy that sets it)");
    public static final Setting HEADER_USER_ID = new Setting("auth.trusted-header.user-id", "", false,
            "/chat/config trusts this request header (set by your gateway) as the user id; empty = off");
    public static final Setting HEADER_USER_PROPERTIES = new Setting("auth.trusted-header.user-properties", "", false,
            "/chat/config trusts this request header as a JSON object of user properties; empty = off");
    public static final Setting HEADER_ID_PATH = new Setting("auth.trusted-header.id-path", "id", false,
            "dot-notation path of the user id in the user-properties JSON (used when no user-id header is set)");
    public static final Setting HEADER_NAME_PATH = new Setting("auth.trusted-header.name-path", "name", false,
            "dot-notation path of the user's display name in the user-properties JSON");
    public static final Setting HEADER_PROVISION = new Setting("auth.trusted-header.provision", "false", false,
            "create unknown users named by the trusted header (and keep their names up to date)");

    public static final Setting WEBHOOKS_ALLOW_LOOPBACK = new Setting("webhooks.allow-loopback", "false", false,
            "allow http://127.0.0.1… webhook receivers (development, tests); private addresses stay refused");
    public static final Setting WEBHOOKS_RETRY_DELAYS = new Setting("webhooks.retry-delays", "5s,30s,2m,10m,30m,1h,2h,4h,8h",
            false, "pauses between delivery attempts (s, m, h); after the last the delivery is a dead letter");
    public static final Setting WEBHOOKS_TIMEOUT_SECONDS = new Setting("webhooks.timeout-seconds", "10", false,
            "how long one delivery attempt may take, connecting included");
    public static final Setting WEBHOOKS_DISPATCH = new Setting("webhooks.dispatch", "true", false,
            "whether this node posts webhook deliveries; in a cluster, nodes serving clients can leave it to others");
    public static final Setting OIDC_ISSUER = new Setting("auth.oidc.issuer", "", false,
            "/chat/config accepts signed tokens of this OpenID Connect issuer (its iss, e.g. https://id.example.com/); empty = off");
    public static final Setting OIDC_JWKS_URL = new Setting("auth.oidc.jwks-url", "", false,
            "the issuer's JSON Web Key Set (https://id.example.com/.well-known/jwks.json); needed with auth.oidc.issuer");
    public static final Setting OIDC_AUDIENCE = new Setting("auth.oidc.audience", "", false,
            "the aud a token must name (your client id or API identifier); needed with auth.oidc.issuer");
    public static final Setting OIDC_USER_CLAIM = new Setting("auth.oidc.user-claim", "sub", false,
            "dot-notation path of the claim holding the Parley user id");
    public static final Setting OIDC_STRIP_PREFIX = new Setting("auth.oidc.strip-prefix", "", false,
            "a prefix removed from that claim's value (e.g. auth0-); empty = none");
    public static final Setting OIDC_NAME_CLAIM = new Setting("auth.oidc.name-claim", "name", false,
            "dot-notation path of the display name claim (used when provisioning)");
    public static final Setting OIDC_AVATAR_CLAIM = new Setting("auth.oidc.avatar-claim", "picture", false,
            "dot-notation path of the avatar URL claim (used when provisioning)");
    public static final Setting OIDC_PROVISION = new Setting("auth.oidc.provision", "true", false,
            "create users seen for the first time in a verified token, and keep their name and avatar current");
    public static final Setting OIDC_CLOCK_SKEW = new Setting("auth.oidc.clock-skew-seconds", "60", false,
            "leeway for exp and nbf against the issuer's clock");

    public static final Setting ROOMS_EXPLICIT_JOINS = new Setting("rooms.explicit-joins", "false", false,
            "adding users to a group room invites them; they join when they accept (Conduit's explicit_room_joins)");

    public static final Setting SOCKETIO_ENABLED = new Setting("socketio.enabled", "true", false,
            "serve Socket.IO (Engine.IO 4 / Socket.IO 5, Conduit's chat events) at /realtime");
    public static final Setting SOCKETIO_PING_INTERVAL = new Setting("socketio.ping-interval-seconds", "25", false,
            "Socket.IO: how often the server pings each client");
    public static final Setting SOCKETIO_PING_TIMEOUT = new Setting("socketio.ping-timeout-seconds", "20", false,
            "Socket.IO: a client that does not answer a ping within this long is closed");
    public static final Setting SOCKETIO_MAX_PAYLOAD = new Setting("socketio.max-payload", "100000", false,
            "Socket.IO: the largest packet or polling body, in bytes (larger: 413, or close 1009 on a WebSocket)");
    public static final Setting SOCKETIO_CONNECT_TIMEOUT = new Setting("socketio.connect-timeout-seconds", "45", false,
            "Socket.IO: close a connection that joins no namespace within this long");
    public static final Setting SOCKETIO_OUTBOX_SIZE = new Setting("socketio.outbox-size", "1024", false,
            "Socket.IO: packets waiting for a slow client before it is disconnected (it reconnects by itself)");

    public static final Setting CALLS_RING_TIMEOUT = new Setting("calls.ring-timeout-seconds", "30", false,
            "how long a call rings before it counts as missed");
    public static final Setting CALLS_MESH_MAX = new Setting("calls.mesh-max", "4", false,
            "most people in a peer-to-peer (mesh) call; larger calls need LiveKit (livekit.url)");
    public static final Setting RTC_STUN_URLS = new Setting("rtc.stun.urls", "", false,
            "STUN servers browsers use for calls, comma-separated (stun:stun.example.com:3478); empty = none");
    public static final Setting RTC_TURN_URLS = new Setting("rtc.turn.urls", "", false,
            "TURN servers for calls, comma-separated (turn:turn.example.com:3478?transport=udp,turns:…); needs rtc.turn.secret");
    public static final Setting RTC_TURN_SECRET = new Setting("rtc.turn.secret", "", true,
            "the TURN server's shared secret (coturn: use-auth-secret, static-auth-secret=…): per-user credentials are minted with it");
    public static final Setting RTC_TURN_TTL = new Setting("rtc.turn.ttl-seconds", "3600", false,
            "how long minted TURN credentials stay valid");
    public static final Setting LIVEKIT_URL = new Setting("livekit.url", "", false,
            "the LiveKit server for group calls larger than calls.mesh-max (wss://livekit.example.com); empty = none");
    public static final Setting LIVEKIT_API_KEY = new Setting("livekit.api-key", "", false,
            "the LiveKit API key access tokens are issued under; needed with livekit.url");
    public static final Setting LIVEKIT_API_SECRET = new Setting("livekit.api-secret", "", true,
            "the LiveKit API secret access tokens are signed with (at least 32 characters); needed with livekit.url");

    /** The call settings, in the order they are documented. */
    public static final List<Setting> CALLS = List.of(CALLS_RING_TIMEOUT, CALLS_MESH_MAX, RTC_STUN_URLS, RTC_TURN_URLS,
            RTC_TURN_SECRET, RTC_TURN_TTL, LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET);

    /** The host identity provider's settings, in the order they are documented. */
    public static final List<Setting> OIDC = List.of(OIDC_ISSUER, OIDC_JWKS_URL, OIDC_AUDIENCE, OIDC_USER_CLAIM,
            OIDC_STRIP_PREFIX, OIDC_NAME_CLAIM, OIDC_AVATAR_CLAIM, OIDC_PROVISION, OIDC_CLOCK_SKEW);

    public static final List<Setting> ALL = java.util.stream.Stream.concat(java.util.stream.Stream.of(HTTP_HOST, HTTP_PORT, DATA_DIR, DB_URL, DB_USER, DB_PASSWORD,
            DB_POOL_SIZE, DB_SYNC_COMMITS, REDIS_URL, API_KEY, API_SECRET, MAX_TEXT_LENGTH, GROUP_COMMIT,
            STREAM_IDLE_SECONDS, RATE_LIMIT_MESSAGES, RATE_LIMIT_WINDOW,
            WS_OUTBOX_SIZE, WS_REPLAY_LIMIT, WS_REPLAY_CACHE_MB, WS_IDLE_TIMEOUT, WEB_PUBLIC_URL, WEB_FRAME_ORIGINS, WEB_ALLOWED_ORIGINS,
            ACCOUNTS_LOCAL, ACCOUNTS_SIGNUP, USERS_DIRECTORY, HTTP_TRUST_FORWARDED_FOR, HEADER_USER_ID,
            HEADER_USER_PROPERTIES, HEADER_ID_PATH, HEADER_NAME_PATH, HEADER_PROVISION, OIDC_ISSUER, OIDC_JWKS_URL,
            OIDC_AUDIENCE, OIDC_USER_CLAIM, OIDC_STRIP_PREFIX, OIDC_NAME_CLAIM, OIDC_AVATAR_CLAIM, OIDC_PROVISION,
            OIDC_CLOCK_SKEW, WEBHOOKS_ALLOW_LOOPBACK, WEBHOOKS_RETRY_DELAYS, WEBHOOKS_TIMEOUT_SECONDS, WEBHOOKS_DISPATCH,
            ROOMS_EXPLICIT_JOINS, SOCKETIO_ENABLED, SOCKETIO_PING_INTERVAL, SOCKETIO_PING_TIMEOUT, SOCKETIO_MAX_PAYLOAD,
            SOCKETIO_CONNECT_TIMEOUT, SOCKETIO_OUTBOX_SIZE),
            java.util.stream.Stream.concat(FileSettings.ALL.stream(), CALLS.stream())).toList();

    private Settings() {
    }
}
