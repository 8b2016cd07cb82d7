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

/** Proves the idle-connections tool works at a tiny size (every session opens and stays; not speed). */
class ConnectionsScenarioTest {
    @TempDir
    Path dataDir;

    @Test
    void every_session_authenticates_and_stays_open_while_idle() throws Exception {
        try (ParleyNode node = BenchNode.start(dataDir)) {
            var out = new ByteArrayOutputStream();
            var options = new ConnectionsScenario.Options(List.of(node.url()), BenchNode.SECRET, 30, 200, 2,
                    List.of("127.0.0.1"), Duration.ofSeconds(1), List.of(ProcessHandle.current().pid()));

            var result = new ConnectionsScenario(options, new Progress(new PrintStream(out))).run();

            assertThat(result.connected()).isEqualTo(30);
            assertThat(result.failures()).isZero();
            assertThat(result.dropped()).isZero();
            assertThat(result.connectP99Ms()).isPositive();
            assertThat(out.toString()).contains("sessions open");
        }
    }

    @Test
    void more_sockets_than_the_source_addresses_have_ports_for_is_refused_before_connecting() {
        var limits = new LocalLimits(28_232, 1_000_000);

        assertThat(limits.whyNot(60_000, 1, 1)).contains("--source-address");
        assertThat(limits.whyNot(60_000, 3, 1)).isNull();
        assertThat(new LocalLimits(28_232, 1_024).whyNot(5_000, 1, 1)).contains("ulimit -n");
    }
}
