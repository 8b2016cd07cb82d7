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
                    Duration.ofSeconds(2), java.util.List.of(ProcessHandle.current().pid()), false);

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

    @Test
    void socket_io_listeners_get_every_message_once_in_order_and_are_reported_apart() throws Exception {
        try (ParleyNode node = BenchNode.start(dataDir)) {
            var options = new FanoutScenario.Options(java.util.List.of(node.url()), BenchNode.SECRET, 1, 6, 2, 40,
                    Duration.ofSeconds(1), Duration.ofSeconds(2), java.util.List.of(), false, 3);

            var result = new FanoutScenario(options, new Progress(new PrintStream(new ByteArrayOutputStream()))).run();

            assertThat(result.socketIoDeliveriesPerSecond()).isPositive();
            assertThat(result.deliveriesPerSecond()).isPositive();
            assertThat(result.loss()).isZero();
            assertThat(result.duplicates()).isZero();
            assertThat(result.outOfOrder()).isZero();
            assertThat(result.closedByServer()).isEmpty();
        }
    }

    @Test
    void sessions_the_server_closes_reconnect_and_sync_so_nothing_counts_as_lost() throws Exception {
        int port;
        try (var probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        ParleyNode node = BenchNode.start(dataDir, port);
        var options = new FanoutScenario.Options(java.util.List.of(node.url()), BenchNode.SECRET, 1, 4, 2, 20,
                Duration.ofSeconds(1), Duration.ofSeconds(5), java.util.List.of(), false);
        var out = new ByteArrayOutputStream();
        var progress = new Progress(new PrintStream(out, true));
        var run = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new FanoutScenario(options, progress).run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (!out.toString().contains("provisioned") && !run.isDone()) {
            Thread.sleep(50);
        }
        Thread.sleep(1_000); // the run is sending: restart the node under it
        node.close();
        try (ParleyNode restarted = BenchNode.start(dataDir, port)) {
            var result = run.get(2, java.util.concurrent.TimeUnit.MINUTES);

            assertThat(result.reconnects()).isPositive();
            assertThat(result.loss()).as(out.toString()).isZero();
            assertThat(result.duplicates()).isZero();
            assertThat(result.outOfOrder()).isZero();
            assertThat(result.errors()).isZero();
        }
    }
}
