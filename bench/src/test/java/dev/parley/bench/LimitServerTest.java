package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bench.limit.LimitServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limit server speaks enough of Parley for the unchanged fan-out tool: all delivered once, in order. */
class LimitServerTest {
    @Test
    void the_fanout_tool_runs_against_the_limit_server_without_loss() throws Exception {
        try (var server = LimitServer.start("127.0.0.1", 0)) {
            var options = new FanoutScenario.Options(List.of("http://127.0.0.1:" + server.port()), "no-secret", 2, 5, 2,
                    40, Duration.ofSeconds(1), Duration.ofSeconds(2), List.of(ProcessHandle.current().pid()), false);

            var result = new FanoutScenario(options, new Progress(new PrintStream(new ByteArrayOutputStream()))).run();

            assertThat(result.acked()).isPositive();
            assertThat(result.deliveriesPerSecond()).isPositive();
            assertThat(result.loss()).isZero();
            assertThat(result.duplicates()).isZero();
            assertThat(result.outOfOrder()).isZero();
            assertThat(result.errors()).isZero();
        }
    }
}
