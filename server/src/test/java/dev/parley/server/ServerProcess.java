package dev.parley.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code java -jar server/target/parley.jar serve} as a separate process, for tests that kill it. */
final class ServerProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
    private final Process process;
    private final String url;

    private ServerProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static ServerProcess start(Path dataDir, Map<String, String> environment) throws Exception {
        Path jar = Path.of("target/parley.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: integration tests run after `package`");
        }
        String javaBinary = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(javaBinary, "-jar", jar.toString(), "serve")
                .redirectErrorStream(true);
        builder.environment().put("PARLEY_DATA_DIR", dataDir.toString());
        builder.environment().put("PARLEY_HTTP_PORT", "0");
        builder.environment().put("PARLEY_API_KEY", TestNode.API_KEY);
        builder.environment().put("PARLEY_API_SECRET", TestNode.API_SECRET);
        builder.environment().putAll(environment);
        return start(builder);
    }

    /** Starts {@code builder}'s command (merging its error output) and waits until it says where it listens. */
    static ServerProcess start(ProcessBuilder builder) throws Exception {
        Process process = builder.redirectErrorStream(true).start();
        CompletableFuture<String> url = new CompletableFuture<>();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        Thread.ofPlatform().daemon().start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        url.complete(matcher.group(1));
                    }
                }
                url.completeExceptionally(new IllegalStateException("server exited:\n" + String.join("\n", output)));
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
        });
        return new ServerProcess(process, url.get(60, TimeUnit.SECONDS));
    }

    /** A cluster node on {@code database} and {@code redis}, its data dir under {@code dir}. */
    static ServerProcess clusterNode(Path dir, String name, dev.parley.store.TestDatabase database, TestRedis redis)
            throws Exception {
        var settings = database.settings();
        return start(dir.resolve(name), Map.of(
                "PARLEY_DB_URL", settings.url(),
                "PARLEY_DB_USER", settings.user(),
                "PARLEY_DB_PASSWORD", settings.password() == null ? "" : settings.password(),
                "PARLEY_REDIS_URL", redis.url(),
                // Cluster mode refuses local file storage unless every node reaches it.
                "PARLEY_FILES_DIR", dir.resolve("shared-files").toString(),
                "PARLEY_FILES_DIR_SHARED", "true"));
    }

    String url() {
        return url;
    }

    ApiClient client(String bearer) {
        return new ApiClient(url, bearer);
    }

    /** SIGKILL: no shutdown hook, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
