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
        return ParleyNode.start(new ParleyConfig(new ParleyConfig.Http("127.0.0.1", 0), dataDir,
                new ParleyConfig.Database("", "", "", 4, false), "", new ParleyConfig.Api("pk_bench", SECRET),
                new ParleyConfig.Messages(4000, true), ParleyConfig.WebSocket.DEFAULT));
    }
}
