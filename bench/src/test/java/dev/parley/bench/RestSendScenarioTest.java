package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ParleyNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves the tool works at a tiny size (loss and errors, not speed). */
class RestSendScenarioTest {
    @TempDir
    Path dataDir;

    @Test
    void a_short_run_acknowledges_messages_and_finds_every_one_of_them_stored() throws Exception {
        try (ParleyNode node = BenchNode.start(dataDir)) {
            var out = new ByteArrayOutputStream();
            var options = new RestSendScenario.Options(node.url(), BenchNode.SECRET, 2, 6, 0, Duration.ZERO, Duration.ofSeconds(2), java.util.List.of(ProcessHandle.current().pid()));

            var result = new RestSendScenario(options, new Progress(new PrintStream(out))).run();

            assertThat(result.acked()).isPositive();
            assertThat(result.errors()).isZero();
            assertThat(result.loss()).isZero();
            assertThat(result.stored()).isGreaterThanOrEqualTo(result.acked());
            assertThat(out.toString()).contains("acked");
            assertThat(result.serverCpuMsPerSend()).isPositive();
            assertThat(result.serverRssMb()).isPositive();
        }
    }

    @Test
    void at_a_fixed_rate_it_offers_that_many_sends_a_second_and_every_acknowledged_one_is_stored() throws Exception {
        try (ParleyNode node = BenchNode.start(dataDir)) {
            var options = new RestSendScenario.Options(node.url(), BenchNode.SECRET, 1, 4, 50, Duration.ZERO,
                    Duration.ofSeconds(2), java.util.List.of());

            var result = new RestSendScenario(options, new Progress(new PrintStream(new ByteArrayOutputStream()))).run();

            // 50/s for 2 s: 100 sends offered; a few may still be in flight or start after the window.
            assertThat(result.acked()).isBetween(90L, 101L);
            assertThat(result.errors()).isZero();
            assertThat(result.loss()).isZero();
        }
    }
}
