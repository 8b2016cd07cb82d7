package dev.parley.bench;

import dev.parley.server.ParleyNode;
import dev.parley.server.config.ParleyConfig;
import java.nio.file.Path;

/** A real node on embedded H2 for the bench's own tests. */
final class BenchNode {
    static final String SECRET = "sk_bench_test_0123456789abcdef0123456789";

    private BenchNode() {
    }

    static ParleyNode start(Path dataDir) {
        return start(dataDir, 0);
    }

    /** On a given port (0 = any), e.g. to restart a node where its clients will reconnect. */
    static ParleyNode start(Path dataDir, int port) {
        return ParleyNode.start(new ParleyConfig(new ParleyConfig.Http("127.0.0.1", port), dataDir,
                new ParleyConfig.Database("", "", "", 4, false), "", new ParleyConfig.Api("pk_bench", SECRET),
                new ParleyConfig.Messages(4000, true), ParleyConfig.WebSocket.DEFAULT));
    }
}
