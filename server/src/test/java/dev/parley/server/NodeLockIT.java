package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's own {@code set-password} command, and a second {@code serve}, while a node runs on
 * the same data directory: separate processes, as on a newcomer's machine. One line each, naming
 * the running node by its URL.
 */
class NodeLockIT {
    @TempDir
    Path dataDir;

    private record Run(int exitCode, String output) {
    }

    private Run parley(String stdin, String... args) throws Exception {
        var command = new java.util.ArrayList<String>(java.util.List.of(
                ProcessHandle.current().info().command().orElse("java"), "-jar",
                Path.of("target/parley.jar").toAbsolutePath().toString()));
        command.addAll(java.util.List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void set_password_and_a_second_serve_name_the_running_node_in_one_line() throws Exception {
        try (ServerProcess node = ServerProcess.start(dataDir, Map.of())) {
            Run setPassword = parley("a long new password\n", "user", "set-password", "admin",
                    "--data-dir", dataDir.toString());
            Run secondServe = parley("", "serve", "--data-dir", dataDir.toString(), "--http-port", "0");

            assertThat(setPassword.exitCode()).isEqualTo(1);
            assertThat(setPassword.output().strip().lines()).as(setPassword.output()).hasSize(1);
            assertThat(setPassword.output()).startsWith("parley: the node at " + node.url() + " (pid ")
                    .contains("run this command again");
            assertThat(secondServe.exitCode()).isEqualTo(1);
            assertThat(secondServe.output().strip().lines()).as(secondServe.output()).hasSize(1);
            assertThat(secondServe.output()).contains("the node at " + node.url()).contains("--data-dir");
        }
    }
}
