package dev.parley.server.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /v1/rtc/ice-servers}: STUN as configured, TURN with credentials in coturn's REST scheme. */
class IceServersTest {
    static final String SECRET = "turn-shared-secret-for-tests";
    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withCalls(config.calls().withRtc(
            new ParleyConfig.Rtc(List.of("stun:127.0.0.1:3478"), List.of("turn:127.0.0.1:3478?transport=udp"),
                    SECRET, Duration.ofMinutes(10)))));

    @Test
    void a_user_gets_stun_and_turn_with_a_short_lived_credential_for_themself() throws Exception {
        var ana = node.newUser("ana");

        var answer = ana.api().get("/v1/rtc/ice-servers");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        var servers = answer.json().get("iceServers");
        assertThat(servers.get(0).get("urls").get(0).asText()).isEqualTo("stun:127.0.0.1:3478");
        assertThat(servers.get(0).has("username")).isFalse();
        var turn = servers.get(1);
        assertThat(turn.get("urls").get(0).asText()).isEqualTo("turn:127.0.0.1:3478?transport=udp");
        String[] username = turn.get("username").asText().split(":", 2);
        long expiry = Long.parseLong(username[0]);
        assertThat(username[1]).isEqualTo(ana.id());
        assertThat(expiry - Instant.now().getEpochSecond()).isBetween(590L, 600L);
        assertThat(turn.get("credential").asText()).isEqualTo(hmacSha1Base64(SECRET, turn.get("username").asText()));
        assertThat(answer.json().get("ttlSeconds").asLong()).isEqualTo(600);
    }

    @Test
    void ice_servers_are_for_signed_in_users_only() {
        assertThat(node.anonymous().get("/v1/rtc/ice-servers").status()).isEqualTo(401);
    }

    static String hmacSha1Base64(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
