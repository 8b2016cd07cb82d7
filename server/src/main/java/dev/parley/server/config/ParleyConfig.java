package dev.parley.server.config;

import java.nio.file.Path;

/** The validated configuration of one node. */
public record ParleyConfig(Http http, Path dataDir, Database database, String redisUrl, Api api, Messages messages,
        WebSocket ws) {

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
