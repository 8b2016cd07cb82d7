package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code parley bench …} with no server: one line naming the URL it tried and what to do. */
class BenchFailuresTest {
    @Test
    void a_scenario_without_a_server_names_the_url_and_says_to_start_one_or_pass_url() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort;
        var err = new StringWriter();
        var cli = BenchCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));

        int exit = cli.execute("rest-send", "--url", url, "--secret", "sk_test_0123456789abcdef0123456789abcdef",
                "--warmup", "0", "--duration", "1", "--clients", "1");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip().lines()).as(err.toString()).hasSize(1);
        assertThat(err.toString()).contains("no Parley server answers at " + url).contains("./parley serve")
                .contains("--url").doesNotContain("Exception");
    }
}
