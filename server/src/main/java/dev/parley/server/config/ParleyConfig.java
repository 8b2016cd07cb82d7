package dev.parley.server.config;

import dev.parley.core.auth.RolePermissions;
import java.nio.file.Path;
import java.util.List;

/** The validated configuration of one node. */
public record ParleyConfig(Http http, Path dataDir, Database database, String redisUrl, Api api, Messages messages,
        WebSocket ws, Web web, Identity identity, RolePermissions permissions) {

    /** A node with the defaults for the web UI, sign-in and permissions. */
    public ParleyConfig(Http http, Path dataDir, Database database, String redisUrl, Api api, Messages messages,
            WebSocket ws) {
        this(http, dataDir, database, redisUrl, api, messages, ws, Web.DEFAULT, Identity.DEFAULT, RolePermissions.DEFAULT);
    }

    public ParleyConfig withWeb(Web newWeb) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, messages, ws, newWeb, identity, permissions);
    }

    public ParleyConfig withIdentity(Identity newIdentity) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, messages, ws, web, newIdentity, permissions);
    }

    public ParleyConfig withPermissions(RolePermissions newPermissions) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, messages, ws, web, identity, newPermissions);
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

    /** How people prove who they are besides user tokens: local accounts, a gateway's trusted header. */
    public record Identity(boolean localAccounts, boolean signup, TrustedHeader trustedHeader, Oidc oidc) {
        public static final Identity DEFAULT = new Identity(true, true, TrustedHeader.OFF, Oidc.OFF);

        public Identity(boolean localAccounts, boolean signup, TrustedHeader trustedHeader) {
            this(localAccounts, signup, trustedHeader, Oidc.OFF);
        }

        public Identity withOidc(Oidc newOidc) {
            return new Identity(localAccounts, signup, trustedHeader, newOidc);
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

    public record Messages(int maxTextLength, boolean groupCommit) {
    }

    public record WebSocket(int outboxSize, int replayLimit, int idleTimeoutSeconds) {
        public static final WebSocket DEFAULT = new WebSocket(1024, 1000, 60);
    }
}
