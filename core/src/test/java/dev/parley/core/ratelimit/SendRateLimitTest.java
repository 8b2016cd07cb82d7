package dev.parley.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SendRateLimitTest {
    /** A clock that moves only when told. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final SendRateLimit limit = new SendRateLimit(3, Duration.ofSeconds(6), clock);

    @Test
    void a_burst_up_to_the_limit_passes_and_the_next_send_is_refused_with_when_to_retry() {
        limit.take("ana");
        limit.take("ana");
        limit.take("ana");
        assertThatThrownBy(() -> limit.take("ana"))
                .isInstanceOfSatisfying(ParleyException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
                    assertThat(e.detail()).isEqualTo("you are sending too fast: at most 3 messages per 6 s; wait 2 s");
                });
    }

    @Test
    void sends_come_back_evenly_over_the_window_and_users_are_counted_apart() {
        for (int i = 0; i < 3; i++) {
            limit.take("ana");
        }
        limit.take("bob");
        clock.advance(Duration.ofSeconds(2));
        limit.take("ana");
        assertThatThrownBy(() -> limit.take("ana")).isInstanceOf(ParleyException.class);
        clock.advance(Duration.ofSeconds(6));
        for (int i = 0; i < 3; i++) {
            limit.take("ana");
        }
    }

    @Test
    void a_refused_send_takes_nothing_and_quiet_users_are_forgotten() {
        for (int i = 0; i < 3; i++) {
            limit.take("ana");
        }
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> limit.take("ana")).isInstanceOf(ParleyException.class);
        }
        clock.advance(Duration.ofSeconds(2));
        limit.take("ana");
        clock.advance(Duration.ofSeconds(6));
        limit.sweep(Duration.between(Instant.EPOCH, clock.instant()).toNanos());
        assertThat(limit.tracked()).isZero();
    }

    @Test
    void no_limit_lets_everything_through() {
        for (int i = 0; i < 10_000; i++) {
            SendRateLimit.NONE.take("ana");
        }
        assertThat(SendRateLimit.NONE.tracked()).isZero();
    }
}
