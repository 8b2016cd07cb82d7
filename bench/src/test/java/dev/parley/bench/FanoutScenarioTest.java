package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ParleyNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves the fan-out tool works at a tiny size: everything delivered once, in order (not speed). */
class FanoutScenarioTest {
    @TempDir
    Path dataDir;

    @Test
    void a_short_run_delivers_every_acknowledged_message_to_every_member_once_in_order() throws Exception {
        try (ParleyNode node = BenchNode.start(dataDir)) {
            var options = new FanoutScenario.Options(java.util.List.of(node.url()), BenchNode.SECRET, 2, 5, 2, 40, Duration.ofSeconds(1),
                    Duration.ofSeconds(2), java.util.List.of(ProcessHandle.current().pid()));

            var result = new FanoutScenario(options, new Progress(new PrintStream(new ByteArrayOutputStream()))).run();

            assertThat(result.acked()).isPositive();
            assertThat(result.deliveriesPerSecond()).isPositive();
            assertThat(result.loss()).isZero();
            assertThat(result.duplicates()).isZero();
            assertThat(result.outOfOrder()).isZero();
            assertThat(result.errors()).isZero();
            assertThat(result.closedByServer()).isEmpty();
        }
    }
}
