package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.config.ParleyConfig;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Local accounts: the generated admin, sign-up, sign-in, and every way they refuse. */
class AccountApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @RegisterExtension
    static final TestNode closed = TestNode.onH2(config -> config.withIdentity(
            new ParleyConfig.Identity(true, false, ParleyConfig.TrustedHeader.OFF)));

    @RegisterExtension
    static final TestNode off = TestNode.onH2(config -> config.withIdentity(
            new ParleyConfig.Identity(false, false, ParleyConfig.TrustedHeader.OFF)));

    private static ApiClient.Response login(TestNode on, String userId, String password) {
        return on.anonymous().post("/v1/auth/login", Map.of("userId", userId, "password", password));
    }

    private static void assertProblem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.code()).isEqualTo(code);
    }

    @Test
    void the_first_start_creates_an_admin_whose_generated_password_is_kept_private_in_the_data_dir() throws Exception {
        var file = node.config().dataDir().resolve("credentials.properties");
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        String password = properties.getProperty("adminPassword");
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        var session = login(node, "admin", password);

        assertThat(session.status()).as(session.toString()).isEqualTo(200);
        assertThat(session.json().get("userId").asText()).isEqualTo("admin");
        assertThat(session.json().get("expiresAt").asText()).isNotBlank();
        var me = node.anonymous().withBearer(session.json().get("token").asText()).get("/v1/me").json();
        assertThat(me.get("role").asText()).isEqualTo("admin");
    }

    @Test
    void the_options_tell_the_sign_in_page_what_to_offer() {
        var options = node.anonymous().get("/v1/auth/options").json();
        assertThat(options.get("localAccounts").asBoolean()).isTrue();
        assertThat(options.get("signup").asBoolean()).isTrue();
        assertThat(options.get("appName").asText()).isEqualTo("Parley");
        // the web client's theme, so the sign-in page looks like the app
        assertThat(options.at("/theme/light/primary").asText()).matches("#[0-9a-f]{6}");
        assertThat(options.at("/theme/mode").asText()).isEqualTo("auto");
        assertThat(closed.anonymous().get("/v1/auth/options").json().get("signup").asBoolean()).isFalse();
        assertThat(off.anonymous().get("/v1/auth/options").json().get("localAccounts").asBoolean()).isFalse();
    }

    @Test
    void signing_up_creates_a_user_who_can_then_sign_in() {
        var signup = node.anonymous().post("/v1/auth/signup", Map.of("userId", "newcomer", "name", "New Comer",
                "password", "correct horse battery"));

        assertThat(signup.status()).as(signup.toString()).isEqualTo(201);
        String token = signup.json().get("token").asText();
        var me = node.anonymous().withBearer(token).get("/v1/me").json();
        assertThat(me.get("name").asText()).isEqualTo("New Comer");
        assertThat(me.get("role").asText()).isEqualTo("user");
        assertThat(login(node, "newcomer", "correct horse battery").status()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_answer() {
        node.anonymous().post("/v1/auth/signup", Map.of("userId", "carol", "name", "Carol", "password", "carols-password"));

        var wrong = login(node, "carol", "not-her-password");
        var unknown = login(node, "nobody-at-all", "not-her-password");

        assertProblem(wrong, 401, "invalid_credentials");
        assertProblem(unknown, 401, "invalid_credentials");
        assertThat(wrong.body()).isEqualTo(unknown.body());
    }

    @Test
    void a_provisioned_user_without_a_local_account_cannot_sign_in() {
        var ana = node.newUser("ana");

        assertProblem(login(node, ana.id(), "whatever-password"), 401, "invalid_credentials");
    }

    @Test
    void repeated_failures_from_one_address_make_that_address_wait_even_with_the_right_password() {
        node.anonymous().post("/v1/auth/signup", Map.of("userId", "dave", "name", "Dave", "password", "daves-password"));
        for (int i = 0; i < 3; i++) {
            assertProblem(login(node, "dave", "guess-" + i), 401, "invalid_credentials");
        }

        var refused = login(node, "dave", "daves-password");
        assertProblem(refused, 429, "too_many_attempts");
        // three free failures, then a wait of 1 s that doubles with each further failure
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isEqualTo(1);
    }

    @Test
    void bad_sign_up_bodies_are_400_and_create_nobody() {
        var api = node.anonymous();
        assertProblem(api.post("/v1/auth/signup", Map.of("userId", "erin", "name", "Erin", "password", "short")),
                400, "validation_failed");
        assertProblem(api.post("/v1/auth/signup", Map.of("userId", "has space", "name", "E", "password", "long enough")),
                400, "validation_failed");
        assertProblem(api.post("/v1/auth/signup", Map.of("userId", "erin", "password", "long enough")),
                400, "validation_failed");
        assertProblem(api.post("/v1/auth/signup", "{\"userId\":\"erin\",\"name\":\"E\",\"password\":12345678}"),
                400, "validation_failed");
        assertProblem(api.post("/v1/auth/signup", "{\"userId\":"), 400, "malformed_json");
        assertProblem(api.raw("POST", "/v1/auth/signup", "text/plain", "userId=erin".getBytes()), 415,
                "unsupported_media_type");
        assertThat(node.server().get("/v1/users/erin").status()).isEqualTo(404);
    }

    @Test
    void bad_login_bodies_are_400() {
        var api = node.anonymous();
        assertProblem(api.post("/v1/auth/login", Map.of("userId", "admin")), 400, "validation_failed");
        assertProblem(api.post("/v1/auth/login", "[]"), 400, "malformed_json");
        assertProblem(api.post("/v1/auth/login", "{\"userId\":1,\"password\":\"x\"}"), 400, "validation_failed");
    }

    @Test
    void a_taken_user_id_is_409_and_keeps_its_owner() {
        var ana = node.newUser("ana");

        var taken = node.anonymous().post("/v1/auth/signup", Map.of("userId", ana.id(), "name", "Impostor",
                "password", "long enough"));

        assertProblem(taken, 409, "user_exists");
        assertThat(node.server().get("/v1/users/" + ana.id()).json().get("name").asText()).doesNotContain("Impostor");
        assertProblem(login(node, ana.id(), "long enough"), 401, "invalid_credentials");
    }

    @Test
    void sign_up_can_be_closed_and_local_accounts_turned_off() {
        assertProblem(closed.anonymous().post("/v1/auth/signup", Map.of("userId", "frank", "name", "F",
                "password", "long enough")), 403, "signup_disabled");
        assertProblem(off.anonymous().post("/v1/auth/login", Map.of("userId", "admin", "password", "x")), 403, "forbidden");
        assertThat(Files.exists(off.config().dataDir().resolve("credentials.properties"))).isFalse();
    }
}
