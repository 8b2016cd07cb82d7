package dev.parley.server.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.server.ApiClient;
import dev.parley.server.TestNode;
import dev.parley.server.webhooks.WebhookSigner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v1/admin/api-key} and {@code POST /v1/admin/api-key/rotate}, on each database:
 * the new secret shown once, the old one accepted for the overlap window only — as the server
 * credential, in the user tokens it signed and in {@code X-Signature}s — and never shown again.
 */
abstract class ApiKeyApiContract {
    /** The secret in force on each node, as the rotations of these tests left it. */
    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

    abstract TestNode node();

    private String secret() {
        return SECRETS.getOrDefault(node().url(), TestNode.API_SECRET);
    }

    private ApiClient as(String bearer) {
        return new ApiClient(node().url(), bearer);
    }

    private String user(String role) {
        String id = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(as(secret()).put("/v1/users/" + id, Map.of("name", "Someone", "role", role)).status())
                .isEqualTo(201);
        return id;
    }

    private String token(String secret, String userId) {
        return as(secret).post("/v1/users/" + userId + "/tokens", Map.of()).json().get("token").asText();
    }

    private ApiClient.Response rotate(ApiClient caller, Object body) {
        var rotated = caller.post("/v1/admin/api-key/rotate", body);
        if (rotated.status() == 200) {
            SECRETS.put(node().url(), rotated.json().get("secret").asText());
        }
        return rotated;
    }

    private boolean signatureValid(String secret, String body, String signature) {
        return as(secret).post("/v1/webhooks/verify", Map.of("rawBody", body, "signature", signature))
                .json().get("isValid").asBoolean();
    }

    @Test
    void an_admin_sees_the_key_and_the_age_of_the_secret_but_never_the_secret() {
        var admin = as(token(secret(), user("admin")));

        var shown = admin.get("/v1/admin/api-key");

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.header("Cache-Control")).isEqualTo("no-store");
        assertThat(shown.json().get("apiKey").asText()).isEqualTo(TestNode.API_KEY);
        assertThat(shown.json().get("secretVersion").asLong()).isPositive();
        assertThat(Instant.parse(shown.json().get("secretCreatedAt").asText())).isBefore(Instant.now());
        assertThat(shown.json().has("secret")).isFalse();
        assertThat(shown.body()).doesNotContain(secret());
    }

    @Test
    void a_rotation_shows_the_new_secret_once_and_the_old_one_and_its_tokens_work_during_the_window()
            throws Exception {
        String old = secret();
        String adminId = user("admin");
        String oldToken = token(old, adminId);
        String oldSignature = new WebhookSigner(old).apiSignature("{\"a\":1}");
        long before = as(oldToken).get("/v1/admin/api-key").json().get("secretVersion").asLong();

        var rotated = rotate(as(oldToken), Map.of());

        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String fresh = rotated.json().get("secret").asText();
        assertThat(fresh).startsWith("sk_").isNotEqualTo(old);
        assertThat(rotated.json().get("secretVersion").asLong()).isEqualTo(before + 1);
        Instant until = Instant.parse(rotated.json().get("previousSecretValidUntil").asText());
        assertThat(until).isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));

        assertThat(as(old).get("/v1/users/" + adminId).status()).isEqualTo(200);
        assertThat(as(fresh).get("/v1/users/" + adminId).status()).isEqualTo(200);
        assertThat(as(oldToken).get("/v1/rooms").status()).isEqualTo(200);
        assertThat(signatureValid(fresh, "{\"a\":1}", oldSignature)).isTrue();
        String newToken = token(old, adminId);
        assertThat(SignedJWT.parse(newToken).verify(new MACVerifier(fresh.getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(as(newToken).get("/v1/rooms").status()).isEqualTo(200);

        var shown = as(newToken).get("/v1/admin/api-key");
        assertThat(shown.json().has("secret")).isFalse();
        assertThat(shown.json().get("previousSecretValidUntil").asText()).isEqualTo(until.toString());
        var audit = as(newToken).get("/v1/admin/audit?action=api_key.rotate&actorId=" + adminId);
        assertThat(audit.json().get("items")).singleElement().satisfies(entry ->
                assertThat(entry.get("targetType").asText()).isEqualTo("app"));
        assertThat(audit.body()).doesNotContain(old, fresh, "sk_");
    }

    @Test
    void without_an_overlap_the_old_secret_its_tokens_and_signatures_are_refused_at_once_in_plain_words() {
        String old = secret();
        String userId = user("user");
        String oldToken = token(old, userId);
        String oldSignature = new WebhookSigner(old).apiSignature("{}");

        var rotated = rotate(as(old), Map.of("overlapHours", 0));

        assertThat(rotated.status()).isEqualTo(200);
        String fresh = rotated.json().get("secret").asText();
        var refused = as(old).get("/v1/users/" + userId);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asText()).contains("replaced by a rotation", "use the new secret");
        var expired = as(oldToken).get("/v1/rooms");
        assertThat(expired.code()).isEqualTo("token_expired");
        assertThat(expired.json().get("detail").asText()).contains("get a new token");
        assertThat(signatureValid(fresh, "{}", oldSignature)).isFalse();
        assertThat(as(token(fresh, userId)).get("/v1/rooms").status()).isEqualTo(200);
        assertThat(as(fresh).get("/v1/admin/api-key").json().has("previousSecretValidUntil")).isFalse();
    }

    @Test
    void users_strangers_and_bad_windows_are_refused_and_the_secret_stays() {
        String secret = secret();
        var ana = as(token(secret, user("user")));
        var admin = as(token(secret, user("admin")));
        long version = admin.get("/v1/admin/api-key").json().get("secretVersion").asLong();

        assertThat(rotate(ana, Map.of()).status()).isEqualTo(403);
        assertThat(ana.get("/v1/admin/api-key").status()).isEqualTo(403);
        assertThat(rotate(as(null), Map.of()).status()).isEqualTo(401);
        assertThat(rotate(as("sk_guessed_0123456789abcdef0123456789"), Map.of()).status()).isEqualTo(401);
        assertThat(rotate(admin, Map.of("overlapHours", -1)).json().get("detail").asText()).contains("0 to 720");
        assertThat(rotate(admin, Map.of("overlapHours", 721)).status()).isEqualTo(400);
        assertThat(rotate(admin, Map.of("overlapHours", "soon")).status()).isEqualTo(400);

        assertThat(admin.get("/v1/admin/api-key").json().get("secretVersion").asLong()).isEqualTo(version);
        assertThat(as(secret).get("/v1/admin/api-key").status()).isEqualTo(200);
    }
}
