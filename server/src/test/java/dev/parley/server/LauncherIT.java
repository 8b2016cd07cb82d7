package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a newcomer's first commands say when the machine lacks something. */
class LauncherIT {
    @TempDir
    Path work;

    private record Run(int exitCode, String output) {
    }

    private static Run run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void the_jar_on_java_17_says_in_one_line_that_it_needs_java_21() throws Exception {
        Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
        Assumptions.assumeTrue(Files.isExecutable(java17), "no Java 17 on this machine");

        Run run = run(new ProcessBuilder(java17.toString(), "-jar", Path.of("target/parley.jar").toAbsolutePath().toString(),
                "serve"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output().strip().lines()).as(run.output()).hasSize(1);
        assertThat(run.output()).startsWith("parley: needs Java 21 or newer, but this is Java 17")
                .doesNotContain("UnsupportedClassVersionError");
    }

    @Test
    void parley_check_names_a_node_that_is_too_old_and_how_to_get_another() throws Exception {
        Assumptions.assumeFalse(Files.exists(Path.of("../.tools/node")), "a Node.js from services.sh would be used");
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path node = bin.resolve("node");
        Files.writeString(node, "#!/bin/sh\necho v18.19.0\n");
        Files.setPosixFilePermissions(node, PosixFilePermissions.fromString("rwxr-xr-x"));
        var builder = new ProcessBuilder(List.of(Path.of("../parley").toAbsolutePath().normalize().toString(), "check"));
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));

        Run run = run(builder);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("parley: building the web UI needs Node.js >= 20.19 or >= 22.12, found v18.19.0")
                .contains("scripts/services.sh");
        assertThat(run.output().strip().lines()).allMatch(line -> line.startsWith("parley: "));
    }
}
