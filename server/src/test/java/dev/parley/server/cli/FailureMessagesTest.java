package dev.parley.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ParleyNode;
import dev.parley.server.TestNode;
import dev.parley.server.datadir.NodeLock;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ordinary mistakes end in one line that says what to do; {@code --verbose} adds the stack trace. */
class FailureMessagesTest {
    @TempDir
    Path dataDir;

    private record Outcome(int exitCode, String out, String err) {
        String onlyLine() {
            assertThat(err.strip().lines()).as(err).hasSize(1);
            assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
            return err.strip();
        }
    }

    private Outcome run(String stdin, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            var err = new StringWriter();
            var out = new StringWriter();
            var cli = ParleyCli.commandLine();
            cli.setErr(new PrintWriter(err, true));
            cli.setOut(new PrintWriter(out, true));
            int exit = cli.execute(args);
            return new Outcome(exit, out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }

    /** What {@code args} print while a node that listens on {@code url} holds the data dir. */
    private Outcome whileANodeListensOn(String url, String... args) {
        NodeLock lock = NodeLock.acquire(dataDir);
        try {
            lock.announce(url);
            return run("a long new password\n", args);
        } finally {
            lock.close();
        }
    }

    @Test
    void set_password_while_a_node_uses_the_data_dir_names_the_node_and_says_to_stop_it() {
        var outcome = whileANodeListensOn("http://127.0.0.1:8080", "user", "set-password", "admin", "--data-dir", dataDir.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.onlyLine()).startsWith("parley: the node at http://127.0.0.1:8080 (pid ")
                .contains("is using the embedded database in " + dataDir.toAbsolutePath().normalize())
                .contains("stop it").contains("run this command again");
    }

    @Test
    void migrate_while_a_node_uses_the_data_dir_names_the_node() {
        var outcome = whileANodeListensOn("http://127.0.0.1:8181", "migrate", "--data-dir", dataDir.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.onlyLine()).contains("the node at http://127.0.0.1:8181").contains("stop it");
    }

    @Test
    void a_second_serve_on_the_same_data_dir_names_the_first_and_suggests_another_data_dir() {
        var outcome = whileANodeListensOn("http://127.0.0.1:8282", "serve", "--data-dir", dataDir.toString(), "--http-port", "0");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.onlyLine()).contains("the node at http://127.0.0.1:8282").contains("--data-dir");
    }

    @Test
    void a_port_in_use_names_the_three_ways_to_set_another() throws Exception {
        try (var taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var outcome = run("", "serve", "--data-dir", dataDir.toString(), "--http-port",
                    Integer.toString(taken.getLocalPort()), "--api-key", TestNode.API_KEY,
                    "--api-secret", TestNode.API_SECRET, "--accounts-local", "false");

            assertThat(outcome.exitCode()).isEqualTo(1);
            assertThat(outcome.onlyLine()).contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use")
                    .contains("--http-port").contains("PARLEY_HTTP_PORT").contains("http.port");
        }
    }

    @Test
    void verbose_adds_the_stack_trace() {
        var outcome = whileANodeListensOn("http://127.0.0.1:8383", "--verbose", "migrate", "--data-dir", dataDir.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("the node at http://127.0.0.1:8383").contains("\tat ");
    }

    @Test
    void setting_the_admin_password_drops_the_generated_one_from_the_credentials_file() throws Exception {
        var config = TestNode.config(dataDir, "", "", "", true);
        try (ParleyNode node = ParleyNode.start(config)) {
            node.port();
        }
        Path credentials = dataDir.resolve("credentials.properties");
        assertThat(Files.readString(credentials)).contains("adminPassword=");

        var outcome = run("a much better password\n", "user", "set-password", "admin", "--data-dir", dataDir.toString(),
                "--api-key", TestNode.API_KEY, "--api-secret", TestNode.API_SECRET);

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(Files.readString(credentials)).doesNotContain("adminPassword");
        assertThat(outcome.out()).contains("no longer kept in");
    }

    @Test
    void version_prints_the_name_and_version() {
        var outcome = run("", "version");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out().strip()).startsWith("parley ");
    }
}
