package dev.parley.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Short chaos runs against node processes of the built server jar, on PostgreSQL and a Redis of
 * their own: one with every fault type that must lose, duplicate and misreport nothing, and one
 * whose clients do not repair after a cut, which the checker must catch.
 */
class ChaosRunIT {
    private static final Path SERVER_JAR = Path.of("../server/target/parley.jar").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void three_nodes_under_every_fault_lose_nothing_duplicate_nothing_and_every_client_sees_what_is_stored()
            throws Exception {
        long seed = System.nanoTime();
        var output = new ByteArrayOutputStream();
        ChaosRun.Result result = run(options(seed, 3, 8, 3, Duration.ofSeconds(60), List.of(FaultType.values()), true,
                Duration.ofSeconds(60)), output);

        String report = output.toString(StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(result.faults()).extracting(FaultInjector.FaultRecord::type)
                .as("every fault type was injected").containsAll(Arrays.asList(FaultType.values()));
        assertThat(result.writes()).filteredOn(w -> w.outcome() == Ledger.Outcome.ACKED)
                .as("the clients kept writing").hasSizeGreaterThan(100);
        assertThat(result.findings()).as("what the checker found (seed %d)\n%s", seed, report).isEmpty();
        assertThat(report).contains("| node-kill |", "| client-cut |", "chaos: PASS");
    }

    /**
     * A cut loses something only if a message is stored in a cut client's room before it is back
     * — on this small cluster all of a node's clients can be cut while nobody else writes (seen
     * on a slow machine: seven cuts, not one write meanwhile). Such a run had nothing to lose; the
     * scenario then runs again with a new seed, at most three times, and one of them must report.
     */
    @Test
    void clients_that_do_not_sync_after_a_cut_are_reported_as_having_lost_messages() throws Exception {
        String reports = "";
        for (int attempt = 1; attempt <= 3; attempt++) {
            long seed = System.nanoTime();
            var output = new ByteArrayOutputStream();
            ChaosRun.Result result = run(options(seed, 2, 6, 2, Duration.ofSeconds(25), List.of(FaultType.CLIENT_CUT),
                    false, Duration.ofSeconds(5)), output);
            String report = output.toString(StandardCharsets.UTF_8);
            System.out.println(report);
            if (result.count(Checker.Kind.LOSS) > 0) {
                assertThat(result.clean()).isFalse();
                assertThat(report).contains("chaos: FAIL", "lacks message seq");
                return;
            }
            reports += "attempt " + attempt + " (seed " + seed + ")\n" + report + "\n";
        }
        throw new AssertionError("no run of three reported a loss although no client repaired after a cut\n" + reports);
    }

    private ChaosRun.Result run(ChaosOptions options, ByteArrayOutputStream output) throws Exception {
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        ChaosRun.Result result = new ChaosRun(options, out).run();
        ChaosReport.print(result, options.seed(), out);
        return result;
    }

    private ChaosOptions options(long seed, int nodes, int clients, int rooms, Duration duration,
            List<FaultType> faults, boolean repair, Duration checkLimit) throws Exception {
        Assumptions.assumeFalse("1".equals(System.getenv("PARLEY_SKIP_PG")), "PARLEY_SKIP_PG=1: no PostgreSQL");
        assertThat(SERVER_JAR).as("integration tests run after `package`").exists();
        String pgUrl = System.getenv().getOrDefault("PARLEY_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String pgUser = System.getenv().getOrDefault("PARLEY_TEST_PG_USER", "postgres");
        String pgPassword = System.getenv().getOrDefault("PARLEY_TEST_PG_PASSWORD", "");
        return new ChaosOptions(SERVER_JAR, nodes, clients, rooms, duration, seed, faults, repair,
                Duration.ofSeconds(2), 300, new ChaosCluster.PostgresAdmin(pgUrl, pgUser, pgPassword),
                Files.createDirectories(dir.resolve("run")), false, checkLimit);
    }
}
