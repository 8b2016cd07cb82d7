package dev.parley.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Redis server of the test's own ({@code redis-server} from the machine, on a free port,
 * nothing kept on disk), so that a test can stop and restart it without disturbing anything
 * else on the machine. {@code scripts/services.sh} installs {@code redis-server} when missing.
 */
public final class TestRedis implements AutoCloseable {
    private final int port;
    private final Path dir;
    private Process process;

    private TestRedis(int port, Path dir) {
        this.port = port;
        this.dir = dir;
    }

    public static TestRedis start(Path dir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        TestRedis redis = new TestRedis(port, dir);
        redis.startProcess();
        return redis;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** SIGKILL: every connection drops, every pub/sub subscription and key is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Starts again on the same port, empty. */
    public void restart() throws Exception {
        startProcess();
    }

    private void startProcess() throws Exception {
        String binary = Files.isExecutable(Path.of("/usr/bin/redis-server")) ? "/usr/bin/redis-server" : "redis-server";
        process = new ProcessBuilder(List.of(binary, "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("redis-server did not start on port " + port + "; see " + dir.resolve("redis.log"));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
