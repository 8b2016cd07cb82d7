package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sign-in throttling over HTTP: failures elsewhere do not lock the real user out, the 429 says
 * when to come back, and the client address comes from {@code X-Forwarded-For} only when the
 * setting trusts it.
 */
class LoginThrottleApiTest {
    @RegisterExtension
    static final TestNode behindProxy = TestNode.onH2(config -> config.withIdentity(
            config.identity().withTrustForwardedFor(true)));

    @RegisterExtension
    static final TestNode direct = TestNode.onH2();

    private static ApiClient.Response login(TestNode on, String from, String userId, String password) {
        return on.anonymous().withHeader("X-Forwarded-For", from)
                .post("/v1/auth/login", Map.of("userId", userId, "password", password));
    }

    private static void signUp(TestNode on, String userId, String password) {
        var created = on.anonymous().post("/v1/auth/signup", Map.of("userId", userId, "name", userId, "password", password));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void an_attacker_elsewhere_cannot_lock_the_real_user_out() {
        signUp(behindProxy, "erin", "erins-password");
        assertThat(login(behindProxy, "203.0.113.7", "erin", "erins-password").status()).isEqualTo(200);

        int refused = 0;
        for (int i = 0; i < 40; i++) {
            var attempt = login(behindProxy, "198.51.100." + (i % 4), "erin", "guess-" + i);
            if (attempt.status() == 429) {
                refused++;
                assertThat(Integer.parseInt(attempt.header("Retry-After"))).isPositive();
            }
        }

        assertThat(refused).as("the attacker's addresses are slowed down").isPositive();
        assertThat(login(behindProxy, "203.0.113.7", "erin", "erins-password").status()).isEqualTo(200);
    }

    @Test
    void only_the_last_forwarded_address_counts_so_a_client_cannot_pick_its_own() {
        signUp(behindProxy, "frank", "franks-password");
        for (int i = 0; i < 3; i++) {
            login(behindProxy, "10.0.0." + i + ", 192.0.2.1", "frank", "guess-" + i);
        }

        var refused = login(behindProxy, "10.0.0.99, 192.0.2.1", "frank", "franks-password");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void without_the_setting_a_forwarded_header_changes_nothing() {
        signUp(direct, "gina", "ginas-password");
        for (int i = 0; i < 3; i++) {
            login(direct, "10.0.0." + i, "gina", "guess-" + i);
        }

        assertThat(login(direct, "10.0.0.77", "gina", "ginas-password").status()).isEqualTo(429);
    }
}
