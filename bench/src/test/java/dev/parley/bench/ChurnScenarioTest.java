package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ParleyNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves the churn tool works at a tiny size: every cycle syncs fully and gets its page (not speed). */
class ChurnScenarioTest {
    @TempDir
    Path dataDir;

    @Test
    void every_cycle_connects_syncs_the_missed_messages_and_reads_the_first_page() throws Exception {
        try (ParleyNode node = BenchNode.start(dataDir)) {
            var options = new ChurnScenario.Options(node.url(), BenchNode.SECRET, 5, 120, 100, 20, 16, Duration.ZERO,
                    Duration.ofSeconds(2), List.of(ProcessHandle.current().pid()));

            var result = new ChurnScenario(options, new Progress(new PrintStream(new ByteArrayOutputStream()))).run();

            assertThat(result.cycles()).isPositive();
            assertThat(result.failures()).isZero();
            assertThat(result.p99Ms()).isPositive();
        }
    }
}
