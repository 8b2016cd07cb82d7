package dev.parley.server.config;

import dev.parley.core.auth.RolePermissions;
import java.nio.file.Path;
import java.util.List;

/** The validated configuration of one node. */
public record ParleyConfig(Http http, Path dataDir, Database database, String redisUrl, Api api, Messages messages,
        WebSocket ws, Web web, Identity identity, RolePermissions permissions, Files files) {

    /** A node with the defaults for the web UI, sign-in and permissions. */
    public ParleyConfig(Http http, Path dataDir, Database database, String redisUrl, Api api, Messages messages,
            WebSocket ws) {
        this(http, dataDir, database, redisUrl, api, messages, ws, Web.DEFAULT, Identity.DEFAULT, RolePermissions.DEFAULT,
                Files.defaults(dataDir));
    }

    public ParleyConfig withWeb(Web newWeb) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, messages, ws, newWeb, identity, permissions, files);
    }

    public ParleyConfig withIdentity(Identity newIdentity) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, messages, ws, web, newIdentity, permissions, files);
    }

    public ParleyConfig withPermissions(RolePermissions newPermissions) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, messages, ws, web, identity, newPermissions, files);
    }

    public ParleyConfig withFiles(Files newFiles) {
        return new ParleyConfig(http, dataDir, database, redisUrl, api, messages, ws, web, identity, permissions, newFiles);
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
    public record Identity(boolean localAccounts, boolean signup, TrustedHeader trustedHeader) {
        public static final Identity DEFAULT = new Identity(true, true, TrustedHeader.OFF);
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

    public record Messages(int maxTextLength, boolean groupCommit) {
    }

    public record WebSocket(int outboxSize, int replayLimit, int idleTimeoutSeconds) {
        public static final WebSocket DEFAULT = new WebSocket(1024, 1000, 60);
    }
}
