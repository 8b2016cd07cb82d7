package dev.parley.bench.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** How a chaos run is made: the cluster, the load, the faults, and whether clients repair after a drop. */
record ChaosOptions(Path serverJar, int nodes, int clients, int rooms, Duration duration, long seed,
        List<FaultType> faults, boolean repair, Duration faultGap, int thinkMs, ChaosCluster.PostgresAdmin postgres,
        Path dir, boolean keepDatabase, Duration checkLimit) {
}
