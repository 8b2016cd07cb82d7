package dev.parley.server.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import dev.parley.server.ApiClient;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /chat/config} with the host's own identity token (OIDC): verified against the
 * issuer's JWKS served here, the user named by {@code sub} without {@code auth0-}, created just
 * in time with the name and picture claims, and given a Parley token.
 */
class OidcChatConfigTest {
    static final IdentityProvider provider = new IdentityProvider();
    static final RSAKey key = IdentityProvider.rsaKey("signing");

    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2(config -> config.withIdentity(config.identity().withOidc(
            new ParleyConfig.Oidc(provider.issuer(), provider.jwksUrl(), IdentityProvider.AUDIENCE, "sub", "auth0-", "name",
                    "picture", true, 60))));

    static {
        provider.publish(key);
    }

    @AfterAll
    static void stop() {
        provider.close();
    }

    private static ApiClient.Response config(String token) {
        return node.anonymous().withBearer(token).get("/chat/config?clientType=web");
    }

    @Test
    void a_valid_identity_token_creates_the_user_and_hands_out_a_parley_token() {
        String token = provider.sign(key, "auth0-oidc-ana", c -> c.claim("name", "Ana Lima")
                .claim("picture", "https://cdn.example/ana.png"));

        var answer = config(token);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().at("/user/id").asText()).isEqualTo("oidc-ana");
        assertThat(answer.json().at("/user/name").asText()).isEqualTo("Ana Lima");
        assertThat(answer.json().at("/user/avatarUrl").asText()).isEqualTo("https://cdn.example/ana.png");
        String parleyToken = answer.json().at("/authentication/userToken").asText();
        assertThat(parleyToken).isNotEqualTo(token);
        var me = node.anonymous().withBearer(parleyToken).get("/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asText()).isEqualTo("oidc-ana");
    }

    @Test
    void a_later_token_with_a_new_name_renames_the_user() {
        config(provider.sign(key, "auth0-oidc-bob", c -> c.claim("name", "Bob")));

        var answer = config(provider.sign(key, "auth0-oidc-bob", c -> c.claim("name", "Robert")));

        assertThat(answer.json().at("/user/name").asText()).isEqualTo("Robert");
    }

    @Test
    void tokens_for_another_audience_from_another_issuer_expired_or_signed_by_an_unknown_key_are_refused_in_plain_words() {
        expectRefusal(config(provider.sign(key, "auth0-oidc-eve", c -> c.audience("another-app"))), "unauthenticated",
                "the identity token is not meant for this server (its audience does not include parley-chat)");
        expectRefusal(config(provider.sign(key, "auth0-oidc-eve", c -> c.issuer("https://elsewhere.example/"))),
                "unauthenticated", "the identity token was not issued by " + provider.issuer());
        expectRefusal(config(provider.sign(key, "auth0-oidc-eve", c -> c.expirationTime(Date.from(Instant.now().minusSeconds(600))))),
                "token_expired", "the identity token expired at");
        expectRefusal(config(provider.sign(IdentityProvider.rsaKey("forged"), "auth0-oidc-eve", c -> c)), "unauthenticated",
                "the identity token is not signed (RS256 or ES256) by a key the issuer publishes");
        assertThat(node.server().get("/v1/users/oidc-eve").status()).isEqualTo(404);
    }

    @Test
    void parley_user_tokens_still_work_next_to_identity_tokens() {
        var carol = node.newUser("carol");

        var answer = config(node.token(carol.id()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().at("/user/id").asText()).isEqualTo(carol.id());
    }

    private static void expectRefusal(ApiClient.Response answer, String code, String detail) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.json().get("detail").asText()).contains(detail);
    }
}
