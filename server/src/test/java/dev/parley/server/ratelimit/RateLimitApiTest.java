package dev.parley.server.ratelimit;

import static dev.parley.server.ws.WsTestClient.frame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.TestNode;
import dev.parley.server.config.ConfigLoader;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.ws.WsTestClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The per-user send rate limit ({@code messages.rate-limit.*}) over real HTTP and WebSocket: a
 * burst up to the limit goes through, the next send is refused with 429 {@code rate_limited} and
 * when to retry, on REST and WebSocket alike; other users are not affected.
 */
class RateLimitApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withMessages(
            new ParleyConfig.Messages(4000, true, ParleyConfig.Messages.DEFAULT_STREAM_IDLE, 3, Duration.ofMinutes(1))));

    @Test
    void a_user_over_the_limit_is_refused_with_retry_after_on_rest_and_websocket_and_others_still_send() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Busy", bob);
        for (int i = 0; i < 3; i++) {
            ana.send(room, "message " + i);
        }
        var refused = ana.api().post("/v1/rooms/" + room + "/messages", Map.of("text", "one too many"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("rate_limited");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 20);
        assertThat(refused.json().get("detail").asText()).startsWith("you are sending too fast: at most 3 messages per 60 s");

        try (var socket = WsTestClient.connect(node)) {
            socket.authenticate(node.token(ana.id()));
            socket.send(frame("message.send", "roomId", room, "text", "ws", "clientId", "rl-1", "ref", "r1"));
            var error = socket.awaitReply("r1");
            assertThat(error.get("code").asText()).isEqualTo("rate_limited");
            assertThat(error.get("retryAfterSeconds").asInt()).isBetween(1, 20);
        }
        bob.send(room, "I can still talk");
        assertThat(bob.api().allMessages(room)).hasSize(4);
    }

    @Test
    void the_settings_are_read_and_a_bad_value_is_refused_naming_the_key() {
        ParleyConfig config = new ConfigLoader(Map.of("PARLEY_MESSAGES_RATE_LIMIT_MESSAGES", "20"))
                .load(null, Map.of("messages.rate-limit.window-seconds", "5"));
        assertThat(config.messages().rateLimitMessages()).isEqualTo(20);
        assertThat(config.messages().rateLimitWindow()).isEqualTo(Duration.ofSeconds(5));
        assertThat(new ConfigLoader(Map.of()).load(null, Map.of()).messages().rateLimitMessages()).isZero();
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(null, Map.of("messages.rate-limit.messages", "-1")))
                .hasMessageContaining("messages.rate-limit.messages");
    }
}
