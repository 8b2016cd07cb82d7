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

/** Proves the history tool works at a tiny size: seeded, every page complete (not speed). */
class HistoryScenarioTest {
    @TempDir
    Path dataDir;

    @Test
    void seeds_the_rooms_then_reads_only_complete_pages_and_can_read_the_same_rooms_again() throws Exception {
        try (ParleyNode node = BenchNode.start(dataDir)) {
            var quiet = new Progress(new PrintStream(new ByteArrayOutputStream()));
            var seeding = new HistoryScenario.Options(node.url(), BenchNode.SECRET, 300, 2, 8, List.of(), 50, 16,
                    Duration.ZERO, Duration.ofSeconds(1), List.of(ProcessHandle.current().pid()));

            var seeded = new HistoryScenario(seeding, quiet).run();

            assertThat(seeded.storedMessages()).isEqualTo(300);
            assertThat(seeded.seedPerSecond()).isPositive();
            assertThat(seeded.pages()).isPositive();
            assertThat(seeded.errors()).isZero();
            assertThat(seeded.badPages()).isZero();

            var reuse = new HistoryScenario(new HistoryScenario.Options(node.url(), BenchNode.SECRET, 0, 1, 1,
                    seeded.rooms(), 50, 16, Duration.ZERO, Duration.ofSeconds(1), List.of()), quiet).run();

            assertThat(reuse.storedMessages()).isEqualTo(300);
            assertThat(reuse.pages()).isPositive();
            assertThat(reuse.errors()).isZero();
        }
    }
}
