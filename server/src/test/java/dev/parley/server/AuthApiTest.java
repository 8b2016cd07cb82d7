package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    /** A token minted by the app backend itself, as the docs allow. */
    static String mint(String secret, String subject, Instant issuedAt, Instant expiresAt) throws Exception {
        var claims = new JWTClaimsSet.Builder().subject(subject);
        if (issuedAt != null) {
            claims.issueTime(Date.from(issuedAt));
        }
        if (expiresAt != null) {
            claims.expirationTime(Date.from(expiresAt));
        }
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    @Test
    void an_issued_token_identifies_the_user_until_it_expires() {
        var ana = node.newUser("ana");

        var issued = node.server().post("/v1/users/" + ana.id() + "/tokens", Map.of("ttlSeconds", 120)).json();
        var me = node.anonymous().withBearer(issued.get("token").asText()).get("/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asText()).isEqualTo(ana.id());
        assertThat(Instant.parse(issued.get("expiresAt").asText()))
                .isBetween(Instant.now().plusSeconds(100), Instant.now().plusSeconds(130));
    }

    @Test
    void token_lifetimes_outside_one_minute_to_thirty_days_are_refused() {
        var ana = node.newUser("ana");
        String path = "/v1/users/" + ana.id() + "/tokens";

        assertThat(node.server().post(path, Map.of("ttlSeconds", 59)).status()).isEqualTo(400);
        assertThat(node.server().post(path, Map.of("ttlSeconds", 2_592_001)).status()).isEqualTo(400);
        assertThat(node.server().post(path, Map.of("ttlSeconds", "3600")).status()).isEqualTo(400);
        assertThat(node.server().post(path, Map.of("ttlSeconds", 2_592_000)).status()).isEqualTo(201);
    }

    @Test
    void a_token_minted_by_the_app_backend_is_accepted() throws Exception {
        var ana = node.newUser("ana");
        String token = mint(TestNode.API_SECRET, ana.id(), Instant.now(), Instant.now().plusSeconds(600));

        assertThat(node.anonymous().withBearer(token).get("/v1/me").status()).isEqualTo(200);
    }

    @Test
    void expired_tokens_are_401_token_expired_beyond_the_clock_skew() throws Exception {
        var ana = node.newUser("ana");
        String expired = mint(TestNode.API_SECRET, ana.id(), Instant.now().minusSeconds(3600),
                Instant.now().minusSeconds(120));
        String withinSkew = mint(TestNode.API_SECRET, ana.id(), Instant.now().minusSeconds(3600),
                Instant.now().minusSeconds(20));

        var refused = node.anonymous().withBearer(expired).get("/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("token_expired");
        assertThat(node.anonymous().withBearer(withinSkew).get("/v1/me").status()).isEqualTo(200);
    }

    @Test
    void malformed_wrongly_signed_and_incomplete_tokens_are_401() throws Exception {
        var ana = node.newUser("ana");
        String wrongKey = mint("another-secret-of-at-least-32-bytes!!", ana.id(), Instant.now(),
                Instant.now().plusSeconds(600));
        String noExpiry = mint(TestNode.API_SECRET, ana.id(), Instant.now(), null);
        String unknownUser = mint(TestNode.API_SECRET, "ghost", Instant.now(), Instant.now().plusSeconds(600));
        String unsigned = "eyJhbGciOiJub25lIn0." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"sub\":\"" + ana.id() + "\",\"exp\":9999999999}").getBytes(StandardCharsets.UTF_8)) + ".";

        for (String token : new String[] {"garbage", "a.b.c", wrongKey, noExpiry, unknownUser, unsigned, ""}) {
            var response = node.anonymous().withBearer(token).get("/v1/me");
            assertThat(response.status()).as(token).isEqualTo(401);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(node.anonymous().get("/v1/me").status()).isEqualTo(401);
        assertThat(node.anonymous().raw("GET", "/v1/me", null, null).status()).isEqualTo(401);
    }

    @Test
    void logout_revokes_only_the_token_used() {
        var ana = node.newUser("ana");
        String other = node.token(ana.id());

        assertThat(ana.api().post("/v1/auth/logout", null).status()).isEqualTo(204);

        var again = ana.api().get("/v1/me");
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.code()).isEqualTo("token_revoked");
        assertThat(node.anonymous().withBearer(other).get("/v1/me").status()).isEqualTo(200);
    }

    @Test
    void revoking_all_tokens_logs_the_user_out_everywhere_but_new_tokens_work() throws Exception {
        var ana = node.newUser("ana");
        String second = node.token(ana.id());
        String minted = mint(TestNode.API_SECRET, ana.id(), Instant.now(), Instant.now().plusSeconds(600));
        assertThat(ana.api().get("/v1/me").status()).isEqualTo(200);
        assertThat(node.anonymous().withBearer(minted).get("/v1/me").status()).isEqualTo(200);

        assertThat(node.server().delete("/v1/users/" + ana.id() + "/tokens").status()).isEqualTo(204);

        assertThat(ana.api().get("/v1/me").code()).isEqualTo("token_revoked");
        assertThat(node.anonymous().withBearer(second).get("/v1/me").status()).isEqualTo(401);
        assertThat(node.anonymous().withBearer(minted).get("/v1/me").status()).isEqualTo(401);
        assertThat(node.anonymous().withBearer(node.token(ana.id())).get("/v1/me").status()).isEqualTo(200);
    }

    @Test
    void a_user_token_on_a_server_route_and_the_secret_on_a_user_route_are_401() {
        var ana = node.newUser("ana");

        var userOnServer = ana.api().get("/v1/users/" + ana.id());
        var secretOnUser = node.server().get("/v1/me");
        var apiKeyOnServer = node.anonymous().withBearer(TestNode.API_KEY).get("/v1/users/" + ana.id());

        assertThat(userOnServer.status()).isEqualTo(401);
        assertThat(secretOnUser.status()).isEqualTo(401);
        assertThat(apiKeyOnServer.status()).isEqualTo(401);
        assertThat(userOnServer.isProblem()).isTrue();
    }
}
