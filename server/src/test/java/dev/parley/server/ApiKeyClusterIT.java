package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.store.TestDatabase;
import dev.parley.store.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API secret rotated on one node applies on the other: two cluster nodes (separate
 * processes) on one PostgreSQL; the first rotates with a short overlap window, the second — which
 * did not rotate — accepts the new secret at once, the old one and its tokens during the window,
 * signs new tokens with the new secret, and refuses the old one after the window.
 */
class ApiKeyClusterIT {
    private static final Duration SLOW = Duration.ofSeconds(90);

    @TempDir
    static Path dir;

    @Test
    void a_node_that_did_not_rotate_accepts_the_new_secret_and_refuses_the_old_one_after_the_window()
            throws Exception {
        try (TestDatabase database = TestDatabases.postgres(); TestRedis redis = TestRedis.start(dir);
                ServerProcess one = ServerProcess.clusterNode(dir, "one", database, redis);
                ServerProcess two = ServerProcess.clusterNode(dir, "two", database, redis)) {
            String old = TestNode.API_SECRET;
            two.client(old).put("/v1/users/ana", Map.of("name", "Ana"));
            String oldToken = two.client(old).post("/v1/users/ana/tokens", Map.of()).json().get("token").asText();

            // 0.01 h: a 36 s window, long enough for the checks inside it on a slow machine.
            var rotated = one.client(old).post("/v1/admin/api-key/rotate", Map.of("overlapHours", 0.01));
            assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
            String fresh = rotated.json().get("secret").asText();

            var seenOnTwo = two.client(fresh).get("/v1/admin/api-key");
            assertThat(seenOnTwo.status()).as(seenOnTwo.toString()).isEqualTo(200);
            assertThat(seenOnTwo.json().get("secretVersion").asLong()).isEqualTo(2);
            assertThat(two.client(old).get("/v1/users/ana").status()).isEqualTo(200);
            assertThat(two.client(oldToken).get("/v1/rooms").status()).isEqualTo(200);
            assertThat(one.client(oldToken).get("/v1/rooms").status()).isEqualTo(200);
            await().atMost(SLOW).untilAsserted(() -> {
                String issued = two.client(fresh).post("/v1/users/ana/tokens", Map.of()).json().get("token").asText();
                assertThat(SignedJWT.parse(issued).verify(new MACVerifier(fresh.getBytes(StandardCharsets.UTF_8))))
                        .isTrue();
            });

            await().atMost(SLOW).untilAsserted(() -> {
                var refused = two.client(old).get("/v1/users/ana");
                assertThat(refused.status()).isEqualTo(401);
                assertThat(refused.json().get("detail").asText()).contains("replaced by a rotation");
            });
            assertThat(two.client(oldToken).get("/v1/rooms").code()).isEqualTo("token_expired");
            assertThat(one.client(old).get("/v1/users/ana").status()).isEqualTo(401);
            assertThat(two.client(fresh).get("/v1/users/ana").status()).isEqualTo(200);
        }
    }
}
