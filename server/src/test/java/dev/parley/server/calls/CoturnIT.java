package dev.parley.server.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TURN credentials of {@code GET /v1/rtc/ice-servers} against a real coturn (Debian's,
 * {@code use-auth-secret}) on loopback: it relays for them, and refuses them tampered with,
 * expired, or minted with another secret.
 */
class CoturnIT {
    private static final String SECRET = "coturn-shared-secret-" + System.nanoTime();
    private static TurnServer turn;
    private static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        turn = TurnServer.start(SECRET);
        node = TestNode.onH2(config -> config.withCalls(config.calls().withRtc(new ParleyConfig.Rtc(List.of(),
                List.of(turn.url()), SECRET, Duration.ofMinutes(5)))));
        node.beforeAll(null);
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (turn != null) {
            turn.close();
        }
    }

    @Test
    void coturn_relays_with_the_credentials_parley_mints_and_refuses_tampered_ones() throws Exception {
        var ana = node.newUser("ana");
        var server = ana.api().get("/v1/rtc/ice-servers").json().get("iceServers").get(0);
        String username = server.get("username").asText();
        String credential = server.get("credential").asText();
        assertThat(server.get("urls").get(0).asText()).isEqualTo(turn.url());

        assertThat(turn.allocates(username, credential)).as("minted credentials; coturn log:%n%s", turn.log())
                .isTrue();
        String otherUser = username.replace(ana.id(), "mallory");
        assertThat(turn.allocates(otherUser, credential)).as("the username changed").isFalse();
        assertThat(turn.allocates(username, "A" + credential.substring(1))).as("the credential changed").isFalse();
    }

    @Test
    void coturn_refuses_credentials_past_their_expiry_or_signed_with_another_secret() throws Exception {
        String expired = (Instant.now().getEpochSecond() - 5) + ":ana";
        String fresh = (Instant.now().getEpochSecond() + 300) + ":ana";

        assertThat(turn.allocates(expired, IceServersTest.hmacSha1Base64(SECRET, expired))).isFalse();
        assertThat(turn.allocates(fresh, IceServersTest.hmacSha1Base64("another-secret", fresh))).isFalse();
        assertThat(turn.allocates(fresh, IceServersTest.hmacSha1Base64(SECRET, fresh))).isTrue();
    }
}
