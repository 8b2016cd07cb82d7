package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.config.ParleyConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /chat/config} behind a gateway that names the user in trusted headers (Mia-Platform
 * style): a fresh user token for that user, users created on first sight when configured.
 */
class ChatConfigGatewayTest {
    @RegisterExtension
    static final TestNode provisioning = TestNode.onH2(config -> config.withIdentity(new ParleyConfig.Identity(true, true,
            new ParleyConfig.TrustedHeader("miauserid", "miauserproperties", "user.id", "profile.name", true))));

    @RegisterExtension
    static final TestNode strict = TestNode.onH2(config -> config.withIdentity(new ParleyConfig.Identity(true, true,
            new ParleyConfig.TrustedHeader("", "miauserproperties", "sub", "name", false))));

    @Test
    void the_user_id_header_gets_a_fresh_token_that_works_everywhere() {
        var response = provisioning.anonymous().withHeader("miauserid", "gw-ana")
                .withHeader("miauserproperties", "{\"profile\":{\"name\":\"Ana from the gateway\"}}")
                .get("/chat/config?clientType=web");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var body = response.json();
        assertThat(body.at("/authentication/userId").asText()).isEqualTo("gw-ana");
        assertThat(body.at("/user/name").asText()).isEqualTo("Ana from the gateway");
        String token = body.at("/authentication/userToken").asText();
        var me = provisioning.anonymous().withBearer(token).get("/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asText()).isEqualTo("gw-ana");
    }

    @Test
    void a_changed_name_in_the_header_renames_the_user_and_keeps_its_role() {
        provisioning.server().put("/v1/users/gw-boss", java.util.Map.of("name", "Old", "role", "admin"));

        var body = provisioning.anonymous().withHeader("miauserid", "gw-boss")
                .withHeader("miauserproperties", "{\"profile\":{\"name\":\"New\"}}").get("/chat/config").json();

        assertThat(body.at("/user/name").asText()).isEqualTo("New");
        assertThat(body.at("/user/role").asText()).isEqualTo("admin");
        assertThat(body.at("/permissions/deleteAnyMessage").asBoolean()).isTrue();
    }

    @Test
    void the_id_is_found_in_the_properties_header_by_its_dot_path() {
        var body = provisioning.anonymous()
                .withHeader("miauserproperties", "{\"user\":{\"id\":\"gw-bo\"},\"profile\":{\"name\":\"Bo\"}}")
                .get("/chat/config?clientType=web").json();

        assertThat(body.at("/authentication/userId").asText()).isEqualTo("gw-bo");
        assertThat(body.at("/user/name").asText()).isEqualTo("Bo");
    }

    @Test
    void a_bearer_token_wins_over_the_headers() {
        var ana = provisioning.newUser("ana");

        var body = ana.api().withHeader("miauserid", "gw-someone-else").get("/chat/config").json();

        assertThat(body.at("/authentication/userId").asText()).isEqualTo(ana.id());
    }

    @Test
    void no_header_bad_json_or_a_bad_id_is_401_or_400_and_creates_nobody() {
        var none = provisioning.anonymous().get("/chat/config?clientType=web");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("detail").asText()).contains("gateway");

        var badJson = provisioning.anonymous().withHeader("miauserproperties", "{not json").get("/chat/config");
        assertThat(badJson.status()).isEqualTo(401);
        assertThat(badJson.isProblem()).isTrue();

        var noId = provisioning.anonymous().withHeader("miauserproperties", "{\"user\":{}}").get("/chat/config");
        assertThat(noId.status()).isEqualTo(401);

        var badId = provisioning.anonymous().withHeader("miauserid", "has space").get("/chat/config");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(provisioning.server().get("/v1/users/has%20space").status()).isIn(400, 404);
    }

    @Test
    void without_provisioning_an_unknown_user_is_401_and_a_known_one_gets_in() {
        var unknown = strict.anonymous().withHeader("miauserproperties", "{\"sub\":\"nobody-here\"}").get("/chat/config");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(strict.server().get("/v1/users/nobody-here").status()).isEqualTo(404);

        var known = strict.newUser("known");
        var response = strict.anonymous().withHeader("miauserproperties", "{\"sub\":\"" + known.id() + "\"}")
                .get("/chat/config");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/authentication/userId").asText()).isEqualTo(known.id());
    }

    @Test
    void a_deactivated_user_named_by_the_gateway_is_refused() {
        var gone = strict.newUser("gone");
        strict.server().delete("/v1/users/" + gone.id());

        var response = strict.anonymous().withHeader("miauserproperties", "{\"sub\":\"" + gone.id() + "\"}")
                .get("/chat/config");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("user_deactivated");
    }
}
