package dev.parley.server.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.server.config.ParleyConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The signature and claim checks against a real JWKS endpoint, with keys generated here. */
class OidcVerifierTest {
    private final IdentityProvider provider = new IdentityProvider();
    private final RSAKey first = IdentityProvider.rsaKey("first");

    @AfterEach
    void stop() {
        provider.close();
    }

    private ParleyConfig.Oidc config(String jwksUrl) {
        return new ParleyConfig.Oidc(provider.issuer(), jwksUrl, IdentityProvider.AUDIENCE, "sub", "auth0-", "name",
                "picture", true, 60);
    }

    private OidcVerifier verifier() {
        return new OidcVerifier(config(provider.jwksUrl()), Clock.systemUTC(), Duration.ZERO);
    }

    private static void refused(ThrowingCallable call, ErrorCode code, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ParleyException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(detail).doesNotContain("nimbus").doesNotContain("Exception");
        });
    }

    @Test
    void a_token_signed_with_a_published_rsa_key_passes() {
        provider.publish(first);

        var claims = verifier().verify(provider.sign(first, "auth0-ana", c -> c));

        assertThat(claims.getSubject()).isEqualTo("auth0-ana");
    }

    @Test
    void a_token_signed_with_a_published_es256_key_passes() {
        var ec = IdentityProvider.ecKey("ec");
        provider.publish(ec);

        assertThat(verifier().verify(provider.sign(ec, "auth0-ana", c -> c)).getSubject()).isEqualTo("auth0-ana");
    }

    @Test
    void keys_are_fetched_once_and_again_only_when_a_token_names_a_key_id_not_seen_after_a_rotation() {
        provider.publish(first);
        OidcVerifier verifier = verifier();
        verifier.verify(provider.sign(first, "ana", c -> c));
        verifier.verify(provider.sign(first, "bob", c -> c));
        assertThat(provider.fetches()).isEqualTo(1);

        RSAKey second = IdentityProvider.rsaKey("second");
        provider.publish(second);

        assertThat(verifier.verify(provider.sign(second, "ana", c -> c)).getSubject()).isEqualTo("ana");
        assertThat(provider.fetches()).isEqualTo(2);
        refused(() -> verifier.verify(provider.sign(first, "ana", c -> c)), ErrorCode.UNAUTHENTICATED,
                "not signed (RS256 or ES256) by a key the issuer publishes");
    }

    @Test
    void a_token_signed_by_a_key_the_issuer_does_not_publish_is_refused() {
        provider.publish(first);

        refused(() -> verifier().verify(provider.sign(IdentityProvider.rsaKey("first"), "ana", c -> c)),
                ErrorCode.UNAUTHENTICATED, "not signed (RS256 or ES256) by a key the issuer publishes");
        refused(() -> verifier().verify(provider.sign(IdentityProvider.rsaKey("stranger"), "ana", c -> c)),
                ErrorCode.UNAUTHENTICATED, "not signed (RS256 or ES256) by a key the issuer publishes");
    }

    @Test
    void a_token_for_another_audience_or_from_another_issuer_is_refused() {
        provider.publish(first);

        refused(() -> verifier().verify(provider.sign(first, "ana", c -> c.audience("another-app"))),
                ErrorCode.UNAUTHENTICATED, "not meant for this server (its audience does not include parley-chat)");
        refused(() -> verifier().verify(provider.sign(first, "ana", c -> c.issuer("https://elsewhere.example/"))),
                ErrorCode.UNAUTHENTICATED, "was not issued by " + provider.issuer());
    }

    @Test
    void an_expired_token_is_refused_but_one_within_the_clock_skew_passes() {
        provider.publish(first);
        Instant now = Instant.now();

        refused(() -> verifier().verify(provider.sign(first, "ana", c -> c.expirationTime(Date.from(now.minusSeconds(120))))),
                ErrorCode.TOKEN_EXPIRED, "the identity token expired at");
        assertThat(verifier().verify(provider.sign(first, "ana", c -> c.expirationTime(Date.from(now.minusSeconds(30))))))
                .isNotNull();
        refused(() -> verifier().verify(provider.sign(first, "ana", c -> c.expirationTime(null))),
                ErrorCode.UNAUTHENTICATED, "has no expiry time (exp)");
        refused(() -> verifier().verify(provider.sign(first, "ana", c -> c.notBeforeTime(Date.from(now.plusSeconds(600))))),
                ErrorCode.UNAUTHENTICATED, "is not valid before");
    }

    @Test
    void a_token_signed_with_a_shared_secret_or_not_a_jwt_at_all_is_refused() throws Exception {
        provider.publish(first);
        var hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), provider.claims("ana").build());
        hmac.sign(new MACSigner("0123456789abcdef0123456789abcdef0123456789abcdef"));

        refused(() -> verifier().verify(hmac.serialize()), ErrorCode.UNAUTHENTICATED, "by a key the issuer publishes");
        refused(() -> verifier().verify("not.a.token"), ErrorCode.UNAUTHENTICATED, "is not a signed JWT");
    }

    @Test
    void keys_that_cannot_be_fetched_make_the_check_unavailable_not_a_refusal_of_the_user() {
        provider.publish(first);
        String token = provider.sign(first, "ana", c -> c);
        var unreachable = new OidcVerifier(config("http://127.0.0.1:9/jwks.json"), Clock.systemUTC(), Duration.ZERO);

        refused(() -> unreachable.verify(token), ErrorCode.UNAVAILABLE, "the identity provider's keys could not be fetched");
    }

    @Test
    void the_user_is_named_by_a_dot_path_claim_without_the_configured_prefix() {
        provider.publish(first);
        var nested = new ParleyConfig.Oidc(provider.issuer(), provider.jwksUrl(), IdentityProvider.AUDIENCE, "user.id",
                "auth0-", "user.name", "picture", true, 60);
        var identity = new HostIdentity(nested, new OidcVerifier(nested, Clock.systemUTC(), Duration.ZERO));

        var person = identity.identify(provider.sign(first, "ignored", c -> c
                .claim("user", java.util.Map.of("id", "auth0-ana", "name", "Ana Lima"))
                .claim("picture", "https://cdn.example/ana.png")));

        assertThat(person).isEqualTo(new HostIdentity.Person("ana", "Ana Lima", "https://cdn.example/ana.png"));
        refused(() -> identity.identify(provider.sign(first, "ana", c -> c)), ErrorCode.UNAUTHENTICATED,
                "the identity token has no user id at user.id");
    }
}
