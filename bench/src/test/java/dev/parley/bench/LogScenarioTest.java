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

/** Proves the write-ceiling tool works at a tiny size: the rooms hold exactly what was acked (not speed). */
class LogScenarioTest {
    @TempDir
    Path dataDir;

    @Test
    void pipelined_senders_store_exactly_the_acknowledged_messages() throws Exception {
        try (ParleyNode node = BenchNode.start(dataDir)) {
            var options = new LogScenario.Options(node.url(), BenchNode.SECRET, 3, 2, 8, Duration.ofMillis(500),
                    Duration.ofSeconds(2), List.of(ProcessHandle.current().pid()));

            var result = new LogScenario(options, new Progress(new PrintStream(new ByteArrayOutputStream()))).run();

            assertThat(result.acked()).isPositive();
            assertThat(result.storedPerSecond()).isPositive();
            assertThat(result.errors()).isZero();
            assertThat(result.loss()).isZero();
            assertThat(result.stored()).isEqualTo(result.acked());
        }
    }
}
