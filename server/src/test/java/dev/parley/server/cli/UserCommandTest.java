package dev.parley.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyNode;
import dev.parley.server.TestNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley user set-password USER_ID}: the password from standard input, usable at once for sign-in. */
class UserCommandTest {
    @TempDir
    Path dataDir;

    private int run(String stdin, StringWriter err, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            var cli = ParleyCli.commandLine();
            cli.setErr(new PrintWriter(err, true));
            cli.setOut(new PrintWriter(new StringWriter(), true));
            return cli.execute(args);
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void the_admin_password_is_replaced_and_no_longer_shown_as_generated() throws Exception {
        var config = TestNode.config(dataDir, "", "", "", true);
        try (ParleyNode node = ParleyNode.start(config)) {
            node.port();
        }

        int exit = run("a much better password\n", new StringWriter(),
                "user", "set-password", "admin", "--data-dir", dataDir.toString(),
                "--api-key", TestNode.API_KEY, "--api-secret", TestNode.API_SECRET);

        assertThat(exit).isZero();
        try (ParleyNode node = ParleyNode.start(config)) {
            var anonymous = new ApiClient(node.url(), null);
            var login = anonymous.post("/v1/auth/login", Map.of("userId", "admin", "password", "a much better password"));
            assertThat(login.status()).as(login.toString()).isEqualTo(200);
        }
    }

    @Test
    void an_unknown_user_or_a_short_password_is_refused_with_a_message() {
        var err = new StringWriter();
        int unknown = run("long enough password\n", err, "user", "set-password", "nobody", "--data-dir", dataDir.toString(),
                "--api-key", TestNode.API_KEY, "--api-secret", TestNode.API_SECRET);
        assertThat(unknown).isEqualTo(1);
        assertThat(err.toString()).contains("no user nobody");

        var err2 = new StringWriter();
        int empty = run("", err2, "user", "set-password", "admin", "--data-dir", dataDir.toString());
        assertThat(empty).isEqualTo(1);
        assertThat(err2.toString()).contains("standard input");
    }
}
