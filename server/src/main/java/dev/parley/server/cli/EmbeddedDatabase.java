package dev.parley.server.cli;

import dev.parley.server.config.ParleyConfig;
import dev.parley.server.datadir.NodeLock;
import java.util.Optional;

/**
 * The data dir's {@link NodeLock} for commands on the embedded database, which one process at a
 * time may open (PostgreSQL is shared by design: no lock).
 */
final class EmbeddedDatabase {
    private EmbeddedDatabase() {
    }

    /** The lock when the database is the embedded one; throws {@link NodeLock.HeldElsewhere} when taken. */
    static Optional<NodeLock> lock(ParleyConfig config) {
        return config.database().embedded() ? Optional.of(NodeLock.acquire(config.dataDir())) : Optional.empty();
    }

    /** Runs a command that needs the database to itself, while no node uses it. */
    static void whileStopped(ParleyConfig config, Runnable work) {
        Optional<NodeLock> lock = lock(config);
        try {
            work.run();
        } finally {
            lock.ifPresent(NodeLock::close);
        }
    }
}
