package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.config.ConfigLoader;
import dev.parley.server.config.ParleyConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /chat/config} with user tokens: the boot document of the web UI, and its refusals. */
class ChatConfigApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2(ChatConfigApiTest::restyled);

    /** A web theme from the config file's section, and a second client type that inherits from it. */
    static ParleyConfig restyled(ParleyConfig base) {
        try {
            Path file = Files.createTempFile("parley-chat", ".properties");
            Files.writeString(file, """
                    chat.web.theme.app-name=Acme Support
                    chat.web.theme.light.primary=#0a7d3b
                    chat.web.features.reactions=false
                    chat.kiosk.theme.mode=dark
                    permissions.user.create-channels=false
                    """);
            var loaded = new ConfigLoader(Map.of()).load(file, Map.of());
            return base.withWeb(loaded.web()).withGrants(loaded.grants());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_user_token_gets_the_boot_document_with_the_configured_theme_and_its_own_token_back() {
        var ana = node.newUser("ana");
        String token = node.token(ana.id());

        var response = node.anonymous().withBearer(token).get("/chat/config?clientType=web");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var body = response.json();
        assertThat(body.at("/authentication/userId").asText()).isEqualTo(ana.id());
        assertThat(body.at("/authentication/userToken").asText()).isEqualTo(token);
        assertThat(body.at("/authentication/apiKey").asText()).isEqualTo(TestNode.API_KEY);
        assertThat(body.at("/user/id").asText()).isEqualTo(ana.id());
        assertThat(body.at("/user/role").asText()).isEqualTo("user");
        assertThat(body.at("/theme/appName").asText()).isEqualTo("Acme Support");
        assertThat(body.at("/theme/mode").asText()).isEqualTo("auto");
        assertThat(body.at("/theme/light/primary").asText()).isEqualTo("#0a7d3b");
        assertThat(body.at("/theme/dark").size()).isEqualTo(10);
        assertThat(body.at("/theme/light/ownBubble").asText()).startsWith("#");
        assertThat(body.at("/features/reactions").asBoolean()).isFalse();
        assertThat(body.at("/features/replies").asBoolean()).isTrue();
        assertThat(body.at("/permissions/sendMessages").asBoolean()).isTrue();
        assertThat(body.at("/permissions/createChannels").asBoolean()).isFalse();
        assertThat(body.at("/permissions/deleteAnyMessage").asBoolean()).isFalse();
        // One per grant of the grants document (searchUsers also says whether the directory is open).
        assertThat(body.at("/permissions").size()).isEqualTo(dev.parley.core.auth.Permission.values().length);
        assertThat(body.at("/permissions/searchUsers").asBoolean()).isTrue();
        String base = node.url();
        assertThat(body.at("/endpoints/api").asText()).isEqualTo(base + "/v1");
        assertThat(body.at("/endpoints/ws").asText()).isEqualTo(base.replace("http://", "ws://") + "/v1/ws");
        assertThat(body.at("/files/maxBytes").asLong()).isEqualTo(25L * 1024 * 1024);
        assertThat(body.at("/files/avatarMaxBytes").asLong()).isEqualTo(4L * 1024 * 1024);
        assertThat(body.at("/files/voiceMaxBytes").asLong()).isEqualTo(10L * 1024 * 1024);
        assertThat(body.at("/files/voiceMaxSeconds").asInt()).isEqualTo(600);
        assertThat(body.at("/files/linkLifetimeSeconds").asLong()).isEqualTo(3600);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void the_v1_path_answers_the_same_and_admins_may_delete_any_message() {
        var admin = node.newUser("boss", "admin");

        var body = admin.api().get("/v1/chat/config?clientType=web").json();

        assertThat(body.at("/user/role").asText()).isEqualTo("admin");
        assertThat(body.at("/permissions/deleteAnyMessage").asBoolean()).isTrue();
        assertThat(body.at("/permissions/createChannels").asBoolean()).isTrue();
    }

    @Test
    void another_client_type_starts_from_the_web_values() {
        var ana = node.newUser("ana");

        var body = ana.api().get("/chat/config?clientType=kiosk").json();

        assertThat(body.at("/theme/mode").asText()).isEqualTo("dark");
        assertThat(body.at("/theme/appName").asText()).isEqualTo("Acme Support");
    }

    @Test
    void no_identity_is_401_and_a_bad_token_too() {
        var none = node.anonymous().get("/chat/config?clientType=web");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.isProblem()).isTrue();
        assertThat(none.code()).isEqualTo("unauthenticated");

        var forged = node.anonymous().withBearer("eyJhbGciOiJIUzI1NiJ9.e30.x").get("/chat/config?clientType=web");
        assertThat(forged.status()).isEqualTo(401);

        var secret = node.server().get("/chat/config?clientType=web");
        assertThat(secret.status()).isEqualTo(401);
    }

    @Test
    void an_unknown_client_type_is_400_naming_the_known_ones() {
        var ana = node.newUser("ana");

        var response = ana.api().get("/chat/config?clientType=android");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("validation_failed");
        assertThat(response.json().get("detail").asText()).contains("kiosk, web");
    }

    @Test
    void a_trusted_header_is_ignored_when_the_mode_is_off() {
        var ana = node.newUser("ana");

        var response = node.anonymous().withHeader("miauserid", ana.id()).get("/chat/config?clientType=web");

        assertThat(response.status()).isEqualTo(401);
    }
}
