package dev.parley.server.config;

import dev.parley.core.grant.Grants;
import dev.parley.core.user.DirectoryVisibility;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The validated configuration of one node. */
public record ParleyConfig(Http http, Path dataDir, Database database, String redisUrl, Api api, Messages messages,
        WebSocket ws, Web web, Identity identity, Grants grants, Webhooks webhooks, Files files, Rooms rooms,
        SocketIo socketIo, Calls calls) {

    /** A node with the defaults for the web UI, sign-in and grants. */
    public ParleyConfig(Http http, Path dataDir, Database database, String redisUrl, Api api, Messages messages,
            WebSocket ws) {
        this(http, dataDir, database, redisUrl, api, messages, ws, Web.DEFAULT, Identity.DEFAULT, Grants.DEFAULT,
                Webhooks.DEFAULT, Files.defaults(dataDir), Rooms.DEFAULT, SocketIo.DEFAULT, Calls.DEFAULT);
    }

    public ParleyConfig withWs(WebSocket newWs) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, messages, newWs, web, identity, grants,
                webhooks, files, rooms, socketIo, calls);
    }

    public ParleyConfig withWeb(Web newWeb) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, messages, ws, newWeb, identity, grants,
                webhooks, files, rooms, socketIo, calls);
    }

    public ParleyConfig withIdentity(Identity newIdentity) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, messages, ws, web, newIdentity, grants,
                webhooks, files, rooms, socketIo, calls);
    }

    /** The grants in force until an admin stores a document (the config file's defaults). */
    public ParleyConfig withGrants(Grants newGrants) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, messages, ws, web, identity, newGrants,
                webhooks, files, rooms, socketIo, calls);
    }

    public ParleyConfig withMessages(Messages newMessages) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, newMessages, ws, web, identity, grants,
                webhooks, files, rooms, socketIo, calls);
    }

    public ParleyConfig withWebhooks(Webhooks newWebhooks) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, messages, ws, web, identity, grants,
                newWebhooks, files, rooms, socketIo, calls);
    }

    public ParleyConfig withFiles(Files newFiles) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, messages, ws, web, identity, grants,
                webhooks, newFiles, rooms, socketIo, calls);
    }

    public ParleyConfig withRooms(Rooms newRooms) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, messages, ws, web, identity, grants,
                webhooks, files, newRooms, socketIo, calls);
    }

    public ParleyConfig withSocketIo(SocketIo newSocketIo) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, messages, ws, web, identity, grants,
                webhooks, files, rooms, newSocketIo, calls);
    }

    public ParleyConfig withCalls(Calls newCalls) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, messages, ws, web, identity, grants,
                webhooks, files, rooms, socketIo, newCalls);
    }

    /**
     * Audio and video calls: how long a call rings before it is missed, how many people a
     * peer-to-peer (mesh) call may have, the STUN/TURN servers handed to browsers, and the
     * LiveKit server that takes larger calls.
     */
    public record Calls(Duration ringTimeout, int meshMax, Rtc rtc, LiveKit liveKit) {
        public static final Calls DEFAULT = new Calls(Duration.ofSeconds(30), 4, Rtc.NONE, LiveKit.OFF);

        public Calls withRingTimeout(Duration newRingTimeout) {
            return new Calls(newRingTimeout, meshMax, rtc, liveKit);
        }

        public Calls withMeshMax(int newMeshMax) {
            return new Calls(ringTimeout, newMeshMax, rtc, liveKit);
        }

        public Calls withRtc(Rtc newRtc) {
            return new Calls(ringTimeout, meshMax, newRtc, liveKit);
        }

        public Calls withLiveKit(LiveKit newLiveKit) {
            return new Calls(ringTimeout, meshMax, rtc, newLiveKit);
        }
    }

    /**
     * STUN and TURN servers for WebRTC; TURN credentials are minted per user in coturn's REST
     * scheme with {@code turnSecret} (coturn's {@code static-auth-secret}) and last {@code credentialTtl}.
     */
    public record Rtc(List<String> stunUrls, List<String> turnUrls, String turnSecret, Duration credentialTtl) {
        public static final Rtc NONE = new Rtc(List.of(), List.of(), "", Duration.ofHours(1));

        public Rtc {
            stunUrls = List.copyOf(stunUrls);
            turnUrls = List.copyOf(turnUrls);
        }
    }

    /** A LiveKit server ({@code wss://…}) and the API key and secret its access tokens are signed with. */
    public record LiveKit(String url, String apiKey, String apiSecret) {
        public static final LiveKit OFF = new LiveKit("", "", "");

        public boolean enabled() {
            return !url.isEmpty();
        }
    }

    /**
     * Rooms: with {@code explicitJoins}, adding users to a group room invites them (they accept or
     * decline) instead of making them members at once — Conduit's {@code explicit_room_joins}.
     */
    public record Rooms(boolean explicitJoins) {
        public static final Rooms DEFAULT = new Rooms(false);
    }

    /**
     * The Socket.IO endpoint at {@code /realtime} (Conduit compatibility): whether it is served;
     * a ping every {@code pingInterval}, a client that has not answered within {@code pingTimeout}
     * is closed; a packet or a polling body is at most {@code maxPayload} bytes; a connection that
     * joins no namespace within {@code connectTimeout} is closed; {@code outboxSize} packets wait
     * for a slow client before it is disconnected.
     */
    public record SocketIo(boolean enabled, Duration pingInterval, Duration pingTimeout, int maxPayload,
            Duration connectTimeout, int outboxSize) {
        /** Engine.IO's own defaults for the timings (25 s, 20 s), a smaller payload limit than its 1 MB. */
        public static final SocketIo DEFAULT = new SocketIo(true, Duration.ofSeconds(25), Duration.ofSeconds(20),
                100_000, Duration.ofSeconds(45), 1024);
    }

    /**
     * Outgoing webhooks: whether {@code http://127.0.0.1…} receivers are allowed (development and
     * tests; private, link-local and metadata addresses stay refused), the pauses between
     * attempts (a delivery is dead after the last), and how long one attempt may take.
     */
    /** {@code dispatch}: whether this node posts deliveries (every node writes them to the outbox). */
    public record Webhooks(boolean allowLoopback, List<Duration> retryDelays, Duration timeout, boolean dispatch) {
        public static final Webhooks DEFAULT = new Webhooks(false, List.of(Duration.ofSeconds(5),
                Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30),
                Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8)),
                Duration.ofSeconds(10), true);

        public Webhooks {
            retryDelays = List.copyOf(retryDelays);
        }

        /** A node that posts deliveries. */
        public Webhooks(boolean allowLoopback, List<Duration> retryDelays, Duration timeout) {
            this(allowLoopback, retryDelays, timeout, true);
        }
    }

    /**
     * The web UI: the URL browsers use ({@code publicUrl}, empty = each request's Host), the
     * origins that may frame embeds and call the API, and the client profiles of {@code /chat/config}.
     */
    public record Web(String publicUrl, List<String> frameOrigins, List<String> allowedOrigins, ClientProfiles clients) {
        public static final Web DEFAULT = new Web("", List.of(), List.of(), ClientProfiles.DEFAULT);

        public Web {
            frameOrigins = List.copyOf(frameOrigins);
            allowedOrigins = List.copyOf(allowedOrigins);
        }
    }

    /**
     * How people prove who they are besides user tokens (local accounts, a gateway's trusted
     * header, the host's OpenID Connect tokens), where a request comes from (a proxy's
     * {@code X-Forwarded-For}, when trusted), and whom users can find in the directory.
     */
    public record Identity(boolean localAccounts, boolean signup, TrustedHeader trustedHeader,
            boolean trustForwardedFor, DirectoryVisibility directory, Oidc oidc) {
        public static final Identity DEFAULT = new Identity(true, true, TrustedHeader.OFF);

        public Identity(boolean localAccounts, boolean signup, TrustedHeader trustedHeader) {
            this(localAccounts, signup, trustedHeader, false, DirectoryVisibility.ALL, Oidc.OFF);
        }

        public Identity withDirectory(DirectoryVisibility newDirectory) {
            return new Identity(localAccounts, signup, trustedHeader, trustForwardedFor, newDirectory, oidc);
        }

        public Identity withTrustForwardedFor(boolean trust) {
            return new Identity(localAccounts, signup, trustedHeader, trust, directory, oidc);
        }

        public Identity withOidc(Oidc newOidc) {
            return new Identity(localAccounts, signup, trustedHeader, trustForwardedFor, directory, newOidc);
        }
    }

    /**
     * The host application's identity provider (OpenID Connect): {@code /chat/config} accepts its
     * signed ID or access tokens (verified against the issuer's published keys) and names the user
     * by a claim, optionally without a prefix ({@code auth0-}); unknown users are created when
     * {@code provision} is on.
     */
    public record Oidc(String issuer, String jwksUrl, String audience, String userClaim, String stripPrefix,
            String nameClaim, String avatarClaim, boolean provision, int clockSkewSeconds) {
        public static final Oidc OFF = new Oidc("", "", "", "sub", "", "name", "picture", true, 60);

        public boolean enabled() {
            return !issuer.isEmpty();
        }
    }

    /**
     * A header set by the host's gateway that names the user (Mia-Platform style): a plain
     * user-id header and/or a JSON user-properties header read with dot-notation paths.
     */
    public record TrustedHeader(String userIdHeader, String propertiesHeader, String idPath, String namePath,
            boolean provision) {
        public static final TrustedHeader OFF = new TrustedHeader("", "", "id", "name", false);

        public boolean enabled() {
            return !userIdHeader.isEmpty() || !propertiesHeader.isEmpty();
        }
    }

    /**
     * Uploads: the local storage directory, size limits in bytes, the voice length limit, the
     * pixel limit of images, how long an unattached upload is kept and how long links work.
     */
    public record Files(Path directory, boolean directoryShared, long maxBytes, long avatarMaxBytes,
            long voiceMaxBytes, int voiceMaxSeconds, long maxPixels, java.time.Duration keepUnattached,
            java.time.Duration linkLifetime, S3 s3) {
        public static Files defaults(Path dataDir) {
            long mib = 1024 * 1024;
            return new Files(dataDir.resolve("files"), false, 25 * mib, 4 * mib, 10 * mib, 600, 40_000_000L,
                    java.time.Duration.ofDays(1), java.time.Duration.ofHours(1), null);
        }

        public Files withS3(S3 newS3) {
            return new Files(directory, directoryShared, maxBytes, avatarMaxBytes, voiceMaxBytes, voiceMaxSeconds,
                    maxPixels, keepUnattached, linkLifetime, newS3);
        }
    }

    /** An S3-compatible object store for files ({@code files.storage=s3}); null means local storage. */
    public record S3(String endpoint, String region, String bucket, String accessKey, String secretKey,
            boolean pathStyle) {
        @Override
        public String toString() {
            return "S3[" + endpoint + ", bucket " + bucket + ", region " + region + "]";
        }
    }

    public record Http(String host, int port) {
    }

    /** {@code url} empty means the embedded database in {@code dataDir}. */
    public record Database(String url, String user, String password, int poolSize, boolean syncCommits) {
        public boolean embedded() {
            return url.isEmpty();
        }
    }

    /** Empty key and secret are generated once and kept in the data dir. */
    public record Api(String key, String secret) {
    }

    /**
     * Messages: the longest text, group commit, and how long a streamed reply may go without an
     * append before the server ends it ({@code streamIdle}); how many messages a user sends per
     * window ({@code rateLimitMessages}, 0: no limit).
     */
    public record Messages(int maxTextLength, boolean groupCommit, Duration streamIdle, int rateLimitMessages,
            Duration rateLimitWindow) {
        public static final Duration DEFAULT_STREAM_IDLE = Duration.ofSeconds(60);
        public static final Duration DEFAULT_RATE_LIMIT_WINDOW = Duration.ofSeconds(10);

        public Messages(int maxTextLength, boolean groupCommit) {
            this(maxTextLength, groupCommit, DEFAULT_STREAM_IDLE);
        }

        public Messages(int maxTextLength, boolean groupCommit, Duration streamIdle) {
            this(maxTextLength, groupCommit, streamIdle, 0, DEFAULT_RATE_LIMIT_WINDOW);
        }
    }

    /** {@code replayCacheMb}: the encoded frames replays share ({@code ws.replay-cache-mb}; 0 = none). */
    public record WebSocket(int outboxSize, int replayLimit, int idleTimeoutSeconds, int replayCacheMb) {
        public static final int DEFAULT_REPLAY_CACHE_MB = 32;
        public static final WebSocket DEFAULT = new WebSocket(4096, 1000, 60);

        public WebSocket(int outboxSize, int replayLimit, int idleTimeoutSeconds) {
            this(outboxSize, replayLimit, idleTimeoutSeconds, DEFAULT_REPLAY_CACHE_MB);
        }
    }
}
