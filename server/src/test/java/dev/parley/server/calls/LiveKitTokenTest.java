package dev.parley.server.calls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.server.NodeTestClients;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.ws.WsSessions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /v1/calls/{id}/livekit-token}, checked by livekit-server-sdk's own
 * {@code TokenVerifier}: signature, issuer, identity, room and grants.
 */
class LiveKitTokenTest {
    static final String KEY = "APIparleytest";
    static final String SECRET = "livekit-secret-0123456789abcdef0123456789";
    static final String URL = "wss://livekit.example.test";
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withCalls(config.calls().withMeshMax(2)
            .withLiveKit(new ParleyConfig.LiveKit(URL, KEY, SECRET))));
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    @Test
    void a_member_gets_a_token_livekit_accepts_for_themself_and_this_calls_room_only() throws Exception {
        var ana = Phone.of(sessions, node.newUser("ana"));
        var bob = node.newUser("bob");
        String group = ana.user().createRoom("group", "Standup", bob, node.newUser("cid"));
        var started = ana.call(group, "video");
        assertThat(started.json().get("mode").asText()).isEqualTo("livekit");
        String call = started.json().get("id").asText();

        var answer = bob.api().post("/v1/calls/" + call + "/livekit-token", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("url").asText()).isEqualTo(URL);
        String token = answer.json().get("token").asText();
        var verified = verify(SECRET, token, tampered(token));
        JsonNode claims = JSON.readTree(verified.get(0));
        assertThat(claims.get("sub").asText()).isEqualTo(bob.id());
        assertThat(claims.get("iss").asText()).isEqualTo(KEY);
        assertThat(claims.get("video").get("room").asText()).isEqualTo(call);
        assertThat(claims.get("video").get("roomJoin").asBoolean()).isTrue();
        assertThat(claims.get("video").get("canPublish").asBoolean()).isTrue();
        assertThat(claims.get("exp").asLong() - Instant.now().getEpochSecond()).isBetween(1L, 600L);
        assertThat(verified.get(1)).startsWith("rejected");
        assertThat(verify("another-secret-0123456789abcdef0123456789", token).get(0)).startsWith("rejected");
    }

    @Test
    void a_non_member_gets_no_token() {
        var ana = Phone.of(sessions, node.newUser("ana"));
        String group = ana.user().createRoom("group", "Private", node.newUser("bob"), node.newUser("cid"));
        String call = ana.startCall(group);

        var refused = node.newUser("eve").api().post("/v1/calls/" + call + "/livekit-token", null);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.code()).isEqualTo("call_not_found");
    }

    /** The token with its payload changed (another room) and the signature kept. */
    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        var decoder = java.util.Base64.getUrlDecoder();
        var encoder = java.util.Base64.getUrlEncoder().withoutPadding();
        String payload = new String(decoder.decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"room\":\"[^\"]+\"", "\"room\":\"someone-elses\"");
        return parts[0] + "." + encoder.encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    private static List<String> verify(String secret, String... tokens) throws Exception {
        String input = JSON.writeValueAsString(Map.of("apiKey", KEY, "apiSecret", secret, "tokens", List.of(tokens)));
        return NodeTestClients.run("verify-livekit-token.mjs", input);
    }
}
