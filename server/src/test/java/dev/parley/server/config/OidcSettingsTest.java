package dev.parley.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The auth.oidc.* settings: off by default, read from the environment and flags, refused with the key named. */
class OidcSettingsTest {
    @Test
    void the_host_identity_provider_is_off_by_default() {
        ParleyConfig config = new ConfigLoader(Map.of()).load(null, Map.of());

        assertThat(config.identity().oidc()).isEqualTo(ParleyConfig.Oidc.OFF);
        assertThat(config.identity().oidc().enabled()).isFalse();
    }

    @Test
    void the_environment_and_flags_configure_it() {
        var environment = Map.of("PARLEY_AUTH_OIDC_ISSUER", "https://id.example.com/",
                "PARLEY_AUTH_OIDC_JWKS_URL", "https://id.example.com/.well-known/jwks.json",
                "PARLEY_AUTH_OIDC_AUDIENCE", "parley", "PARLEY_AUTH_OIDC_STRIP_PREFIX", "auth0-");

        ParleyConfig config = new ConfigLoader(environment).load(null,
                Map.of("auth.oidc.user-claim", "user.id", "auth.oidc.clock-skew-seconds", "30"));

        assertThat(config.identity().oidc()).isEqualTo(new ParleyConfig.Oidc("https://id.example.com/",
                "https://id.example.com/.well-known/jwks.json", "parley", "user.id", "auth0-", "name", "picture", true, 30));
    }

    @Test
    void an_issuer_without_keys_or_audience_or_a_malformed_value_is_refused_with_its_key() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(null, Map.of("auth.oidc.issuer", "https://id.example.com/",
                "auth.oidc.audience", "parley")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("auth.oidc.jwks-url").hasMessageContaining("must be set");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(null, Map.of("auth.oidc.issuer", "https://id.example.com/",
                "auth.oidc.jwks-url", "https://id.example.com/jwks")))
                .hasMessageContaining("auth.oidc.audience");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(null, Map.of("auth.oidc.issuer", "id.example.com")))
                .hasMessageContaining("auth.oidc.issuer").hasMessageContaining("http(s) URL");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(null, Map.of("auth.oidc.user-claim", "a..b")))
                .hasMessageContaining("auth.oidc.user-claim").hasMessageContaining("dot-notation");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(null, Map.of("auth.oidc.clock-skew-seconds", "-5")))
                .hasMessageContaining("auth.oidc.clock-skew-seconds");
    }
}
