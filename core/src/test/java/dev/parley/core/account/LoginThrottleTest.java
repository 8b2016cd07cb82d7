package dev.parley.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.error.ParleyException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Limits(3, 30, 10, 2,
            Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofDays(30)), now::get);

    private Optional<Duration> waitFor(String userId, String source) {
        try {
            throttle.checkAllowed(userId, source);
            return Optional.empty();
        } catch (ParleyException refused) {
            return refused.retryAfter();
        }
    }

    private void fail(String userId, String source, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(userId, source);
        }
    }

    @Test
    void the_wait_for_an_account_from_one_address_doubles_with_each_failure_past_the_free_ones() {
        fail("ana", "10.0.0.1", 3);
        assertThat(waitFor("ana", "10.0.0.1")).contains(Duration.ofSeconds(1));
        throttle.failed("ana", "10.0.0.1");
        assertThat(waitFor("ana", "10.0.0.1")).contains(Duration.ofSeconds(2));
        throttle.failed("ana", "10.0.0.1");
        assertThat(waitFor("ana", "10.0.0.1")).contains(Duration.ofSeconds(4));

        now.addAndGet(4 * SECOND);
        assertThat(waitFor("ana", "10.0.0.1")).isEmpty();
    }

    @Test
    void the_wait_never_exceeds_the_longest_delay() {
        fail("ana", "10.0.0.1", 40);

        assertThat(waitFor("ana", "10.0.0.1")).contains(Duration.ofMinutes(15));
    }

    @Test
    void guesses_from_elsewhere_cannot_lock_out_the_real_user_at_their_usual_address() {
        throttle.succeeded("ana", "home");
        for (int i = 0; i < 200; i++) {
            throttle.failed("ana", "10.6.6." + i);
        }

        assertThat(waitFor("ana", "home")).isEmpty();
        assertThat(waitFor("ana", "10.6.6.1")).isPresent();
    }

    @Test
    void an_account_under_attack_is_slowed_down_from_new_addresses() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("ana", "10.6.6." + i);
        }

        assertThat(waitFor("ana", "cafe")).contains(Duration.ofSeconds(4));
        assertThat(waitFor("bob", "cafe")).isEmpty();
    }

    @Test
    void one_address_guessing_many_accounts_is_slowed_down_for_all_of_them() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("user" + i, "10.6.6.6");
        }

        assertThat(waitFor("fresh", "10.6.6.6")).contains(Duration.ofSeconds(1));
        assertThat(waitFor("fresh", "10.0.0.2")).isEmpty();
    }

    @Test
    void a_success_clears_the_count_of_its_account_and_address() {
        fail("ana", "home", 3);
        now.addAndGet(SECOND);
        throttle.succeeded("ana", "home");

        assertThat(waitFor("ana", "home")).isEmpty();
    }

    @Test
    void counts_are_forgotten_a_while_after_the_last_failure() {
        fail("ana", "10.0.0.1", 20);
        now.addAndGet(Duration.ofMinutes(15).toNanos() + 1);

        assertThat(waitFor("ana", "10.0.0.1")).isEmpty();
        throttle.failed("ana", "10.0.0.1");
        assertThat(waitFor("ana", "10.0.0.1")).isEmpty();
    }

    @Test
    void a_refusal_says_how_long_to_wait_in_words() {
        fail("ana", "10.0.0.1", 5);

        assertThatThrownBy(() -> throttle.checkAllowed("ana", "10.0.0.1")).isInstanceOf(ParleyException.class)
                .hasMessageContaining("wait 4 seconds");
    }

    @Test
    void sign_ups_per_address_are_limited() {
        throttle.signedUp("10.0.0.1");
        throttle.signedUp("10.0.0.1");

        assertThatThrownBy(() -> throttle.checkSignupAllowed("10.0.0.1")).isInstanceOf(ParleyException.class);
        assertThatCode(() -> throttle.checkSignupAllowed("10.0.0.2")).doesNotThrowAnyException();
    }
}
