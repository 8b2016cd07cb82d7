package dev.parley.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.error.ParleyException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final AtomicLong now = new AtomicLong();
    private final LoginThrottle throttle = new LoginThrottle(3, 5, 2, 1_000, now::get);

    @Test
    void a_user_id_is_refused_after_its_failures_until_the_window_passes() {
        for (int i = 0; i < 3; i++) {
            throttle.checkAllowed("ana", "10.0.0." + i);
            throttle.failed("ana", "10.0.0." + i);
        }

        assertThatThrownBy(() -> throttle.checkAllowed("ana", "10.0.0.9")).isInstanceOf(ParleyException.class)
                .hasMessageContaining("too many");
        assertThatCode(() -> throttle.checkAllowed("bob", "10.0.0.9")).doesNotThrowAnyException();
        now.addAndGet(1_001);
        assertThatCode(() -> throttle.checkAllowed("ana", "10.0.0.9")).doesNotThrowAnyException();
    }

    @Test
    void a_refusal_says_how_long_until_the_window_ends() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("ana", "10.0.0." + i);
            now.addAndGet(100);
        }
        now.addAndGet(200); // the first failure was 500 ns ago: its window ends in 500 ns

        assertThatThrownBy(() -> throttle.checkAllowed("ana", "10.0.0.9"))
                .isInstanceOfSatisfying(ParleyException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofNanos(500)));
    }

    @Test
    void an_address_is_refused_after_failures_across_user_ids() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }

        assertThatThrownBy(() -> throttle.checkAllowed("fresh", "10.0.0.1")).isInstanceOf(ParleyException.class);
        assertThatCode(() -> throttle.checkAllowed("fresh", "10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void a_success_clears_the_user_ids_count() {
        throttle.failed("ana", "a");
        throttle.failed("ana", "b");
        throttle.succeeded("ana");
        throttle.failed("ana", "c");
        throttle.failed("ana", "d");

        assertThatCode(() -> throttle.checkAllowed("ana", "e")).doesNotThrowAnyException();
    }

    @Test
    void sign_ups_per_address_are_limited() {
        throttle.signedUp("10.0.0.1");
        throttle.signedUp("10.0.0.1");

        assertThatThrownBy(() -> throttle.checkSignupAllowed("10.0.0.1")).isInstanceOf(ParleyException.class);
        assertThatCode(() -> throttle.checkSignupAllowed("10.0.0.2")).doesNotThrowAnyException();
    }
}
