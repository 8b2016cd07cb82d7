package dev.parley.bench.chaos;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Injects one fault at a time on a seeded random schedule — the enabled types in a shuffled round,
 * round after round, so a short run still sees each — and after each one measures how long the
 * cluster took to converge: every node ready again and every client live with nothing in flight.
 */
final class FaultInjector {
    private static final long CONVERGE_LIMIT_MS = 90_000;
    private final ChaosCluster cluster;
    private final List<FaultType> types;
    private final Random random;
    private final BooleanSupplier clientsSettled;
    private final java.util.function.Supplier<String> unsettled;
    private final PrintStream log;
    private final List<FaultRecord> records = Collections.synchronizedList(new ArrayList<>());

    /** One injected fault: on what, when it began and ended, and when everything was whole again (-1: not in time). */
    record FaultRecord(FaultType type, String target, long startedAt, long endedAt, long convergedAt) {
        boolean covers(long time, long afterMs) {
            return time >= startedAt && time <= endedAt + afterMs;
        }
    }

    FaultInjector(ChaosCluster cluster, List<FaultType> types, long seed, BooleanSupplier clientsSettled,
            java.util.function.Supplier<String> unsettled, PrintStream log) {
        this.unsettled = unsettled;
        this.cluster = cluster;
        this.types = List.copyOf(types);
        this.random = new Random(seed);
        this.clientsSettled = clientsSettled;
        this.log = log;
    }

    List<FaultRecord> records() {
        return List.copyOf(records);
    }

    /**
     * Injects faults until {@code until} (epoch ms) — and past it until every type was injected
     * once — with a pause of {@code minGapMs} to twice that between them.
     */
    void run(long until, long minGapMs) throws Exception {
        List<FaultType> round = new ArrayList<>(types);
        Collections.shuffle(round, random);
        boolean firstRound = true;
        while (true) {
            Thread.sleep(minGapMs + (long) (random.nextDouble() * minGapMs));
            if (System.currentTimeMillis() >= until && !(firstRound && !round.isEmpty())) {
                return;
            }
            if (round.isEmpty()) {
                firstRound = false;
                round.addAll(types);
                Collections.shuffle(round, random);
            }
            inject(round.removeFirst());
        }
    }

    private void inject(FaultType type) throws Exception {
        int nodeIndex = random.nextInt(cluster.nodes().size());
        NodeProcess node = cluster.nodes().get(nodeIndex);
        long start = System.currentTimeMillis();
        String target = switch (type) {
            case NODE_KILL -> {
                node.kill();
                Thread.sleep(1_000 + random.nextInt(2_000));
                node.start();
                yield node.name();
            }
            case NODE_PAUSE -> {
                node.pause();
                Thread.sleep(2_000 + random.nextInt(4_000));
                node.resume();
                yield node.name();
            }
            case REDIS_RESTART -> {
                cluster.redis().kill();
                Thread.sleep(500 + random.nextInt(1_500));
                cluster.redis().restart();
                yield "redis";
            }
            case POSTGRES_RESET -> {
                cluster.postgres().reset();
                yield "postgres";
            }
            case CLIENT_CUT -> {
                cluster.clientProxy(nodeIndex).reset();
                yield node.name() + " clients";
            }
        };
        long end = System.currentTimeMillis();
        long converged = awaitConvergence(end);
        records.add(new FaultRecord(type, target, start, end, converged));
        log.printf("chaos: %-14s %-14s %5.1f s, converged %s%n", type.label, target, (end - start) / 1000.0,
                converged < 0 ? "NOT within " + CONVERGE_LIMIT_MS / 1000 + " s" : "after " + (converged - end) + " ms");
    }

    /** Waits until every node is ready and every client settled; the time then, or -1. */
    long awaitConvergence(long from) throws InterruptedException {
        long nextNote = from + 10_000;
        while (System.currentTimeMillis() - from < CONVERGE_LIMIT_MS) {
            boolean ready = cluster.allReady();
            if (ready && clientsSettled.getAsBoolean()) {
                return System.currentTimeMillis();
            }
            if (System.currentTimeMillis() > nextNote) {
                log.println("chaos:   still waiting: " + (ready ? "" : "a node is not ready; ") + unsettled.get());
                nextNote += 10_000;
            }
            Thread.sleep(100);
        }
        return -1;
    }
}
