package dev.parley.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7GeneratorTest {
    @Test
    void ids_are_version_7_and_carry_the_millisecond_timestamp() {
        Instant now = Instant.parse("2026-11-21T10:00:00.123Z");
        UUID id = new UuidV7Generator(Clock.fixed(now, ZoneOffset.UTC)).next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(now.toEpochMilli());
    }

    @Test
    void ids_from_one_generator_are_unique_and_ascending_even_within_one_millisecond() {
        var generator = new UuidV7Generator(Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(generator.next());
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        List<String> asText = ids.stream().map(UUID::toString).toList();
        assertThat(asText).isSorted();
    }
}
