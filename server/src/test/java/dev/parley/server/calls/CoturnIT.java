package dev.parley.server.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The TURN credentials of {@code GET /v1/rtc/ice-servers} against a real coturn (Debian's,
 * {@code use-auth-secret}) on loopback: it relays for them, and refuses them tampered with,
 * expired, or minted with another secret.
 */
class CoturnIT {
    @RegisterExtension
    static final NodeWithTurn servers = new NodeWithTurn();

    @Test
    void coturn_relays_with_the_credentials_parley_mints_and_refuses_tampered_ones() throws Exception {
        var turn = servers.turn();
        var ana = servers.node().newUser("ana");
        var server = ana.api().get("/v1/rtc/ice-servers").json().get("iceServers").get(0);
        String username = server.get("username").asText();
        String credential = server.get("credential").asText();
        assertThat(server.get("urls").get(0).asText()).isEqualTo(turn.url());

        assertThat(turn.allocates(username, credential)).as("minted credentials; coturn log:%n%s", turn.log())
                .isTrue();
        String otherUser = username.replace(ana.id(), "mallory");
        assertThat(turn.allocates(otherUser, credential)).as("the username changed").isFalse();
        String tampered = (credential.charAt(0) == 'A' ? "B" : "A") + credential.substring(1);
        assertThat(turn.allocates(username, tampered)).as("the credential changed").isFalse();
    }

    @Test
    void coturn_refuses_credentials_past_their_expiry_or_signed_with_another_secret() throws Exception {
        var turn = servers.turn();
        String secret = servers.secret();
        String expired = (Instant.now().getEpochSecond() - 5) + ":ana";
        String fresh = (Instant.now().getEpochSecond() + 300) + ":ana";

        assertThat(turn.allocates(expired, IceServersTest.hmacSha1Base64(secret, expired))).isFalse();
        assertThat(turn.allocates(fresh, IceServersTest.hmacSha1Base64("another-secret", fresh))).isFalse();
        assertThat(turn.allocates(fresh, IceServersTest.hmacSha1Base64(secret, fresh))).isTrue();
    }
}
