package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive ({@code scripts/dist.sh}, what {@code ./parley dist} runs) on a machine
 * without Java: extracted to a temporary directory and started with a {@code PATH} that holds no
 * Java and no {@code JAVA_HOME}. Built once for the class (jlink takes most of a minute).
 */
class DistIT {
    @TempDir
    static Path work;
    static Path home;

    @BeforeAll
    static void build_and_extract_the_archive() throws Exception {
        Path repository = Path.of("..").toAbsolutePath().normalize();
        Path javaHome = Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().getParent();
        var dist = new ProcessBuilder(repository.resolve("scripts/dist.sh").toString(),
                "--jar", Path.of("target/parley.jar").toAbsolutePath().toString(), "--out", work.toString())
                .redirectErrorStream(true);
        dist.environment().put("JAVA_HOME", javaHome.toString());
        String output = run(dist);
        Path archive = Path.of(output.strip().lines().reduce((first, last) -> last).orElseThrow());
        assertThat(archive.getFileName().toString()).matches("parley-.+-linux-x64\\.tar\\.gz");
        Path extracted = Files.createDirectories(work.resolve("extracted"));
        run(new ProcessBuilder("tar", "-C", extracted.toString(), "-xzf", archive.toString()));
        try (var entries = Files.list(extracted)) {
            home = entries.findFirst().orElseThrow();
        }
    }

    private static String run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** The launcher with nothing of this machine's Java in reach: empty PATH directory, no JAVA_HOME. */
    private static ProcessBuilder withoutJava(String... args) throws IOException {
        Path emptyPath = Files.createDirectories(work.resolve("empty-path"));
        var command = new java.util.ArrayList<String>();
        command.add(home.resolve("bin/parley").toString());
        command.addAll(java.util.List.of(args));
        var builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("PATH", emptyPath.toString());
        builder.environment().put("HOME", work.toString());
        return builder;
    }

    @Test
    void the_archive_holds_a_runtime_the_jar_a_sample_config_a_systemd_unit_and_the_licence() {
        assertThat(home.resolve("runtime/bin/java")).isExecutable();
        assertThat(home.resolve("lib/parley.jar")).isRegularFile();
        assertThat(home.resolve("config/parley.properties.sample")).isRegularFile();
        assertThat(home.resolve("systemd/parley.service")).content().contains("ExecStart=/opt/parley/bin/parley serve");
        assertThat(home.resolve("LICENSE")).content().contains("Apache License");
    }

    @Test
    void the_extracted_archive_serves_health_and_the_web_ui_with_no_java_on_the_path() throws Exception {
        var builder = withoutJava("serve", "--http-port", "0", "--data-dir", work.resolve("data").toString());
        try (ServerProcess server = ServerProcess.start(builder)) {
            var client = server.client(null);
            var health = client.get("/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().path("status").asText()).isEqualTo("up");
            var page = client.get("/");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("<script");
        }
    }

    @Test
    void the_launcher_prints_the_version() throws Exception {
        String output = run(withoutJava("version"));
        assertThat(output.strip()).matches("parley \\d+\\.\\d+\\.\\d+.*");
    }
}
