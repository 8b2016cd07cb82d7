package dev.parley.bench.chaos;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Parley node as a process of the built server jar ({@code java -jar parley.jar serve}) on a
 * fixed port, so that after a SIGKILL it comes back where its clients' proxy forwards. Its output
 * goes to {@code <name>.log} in the run's directory.
 */
final class NodeProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private final String name;
    private final Path jar;
    private final Path dir;
    private final int port;
    private final Map<String, String> environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Process process;

    NodeProcess(String name, Path jar, Path dir, Map<String, String> environment) throws IOException {
        this.name = name;
        this.jar = jar;
        this.dir = dir;
        this.port = freePort();
        this.environment = environment;
    }

    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the process and waits until {@code /health} answers. */
    void start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-jar",
                jar.toString(), "serve")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".log").toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PARLEY_HTTP_PORT", Integer.toString(port));
        builder.environment().put("PARLEY_DATA_DIR", Files.createDirectories(dir.resolve(name)).toString());
        process = builder.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see "
                        + dir.resolve(name + ".log"));
            }
            if (answers("/health")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not start within " + START_TIMEOUT + "; see "
                + dir.resolve(name + ".log"));
    }

    /** {@code /ready} answers 200: the node reaches PostgreSQL and Redis. */
    boolean ready() {
        return answers("/ready");
    }

    private boolean answers(String path) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: no shutdown hook, no flush, every connection dropped. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGSTOP: the process freezes, its connections stay open and silent. */
    void pause() throws Exception {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause}. */
    void resume() throws Exception {
        signal("CONT");
    }

    private void signal(String signal) throws Exception {
        int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed with " + exit);
        }
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            resume();
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
