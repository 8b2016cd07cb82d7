package dev.parley.server.calls;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Debian's coturn, started on loopback for a test with {@code use-auth-secret} (the REST
 * credentials scheme) and a shared secret; scripts/services.sh installs it. Stopped on close.
 */
public final class TurnServer implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path dir;

    private TurnServer(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    public static TurnServer start(String secret) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("parley-turn");
        int port = freeUdpPort();
        int relayFrom = 40_000 + ThreadLocalRandom.current().nextInt(200) * 100;
        Process process = new ProcessBuilder(List.of("turnserver", "-n", "--listening-ip=127.0.0.1",
                "--relay-ip=127.0.0.1", "--listening-port=" + port, "--min-port=" + relayFrom,
                "--max-port=" + (relayFrom + 99), "--use-auth-secret", "--static-auth-secret=" + secret,
                "--realm=parley.test", "--allow-loopback-peers", "--no-tls", "--no-dtls", "--no-cli",
                "--log-file=stdout", "--simple-log", "--pidfile=" + dir.resolve("turn.pid"),
                "--userdb=" + dir.resolve("turndb")))
                .redirectErrorStream(true).redirectOutput(dir.resolve("turn.log").toFile()).start();
        TurnServer server = new TurnServer(process, port, dir);
        server.awaitListening();
        return server;
    }

    int port() {
        return port;
    }

    public String url() {
        return "turn:127.0.0.1:" + port + "?transport=udp";
    }

    /**
     * Allocates a relay with these credentials and sends a few packets through it with coturn's
     * own client ({@code turnutils_uclient}); true when the server accepted them.
     */
    boolean allocates(String username, String credential) throws IOException, InterruptedException {
        Process client = new ProcessBuilder(List.of("turnutils_uclient", "-p", String.valueOf(port), "-u", username,
                "-w", credential, "-n", "3", "-m", "1", "-y", "-X", "127.0.0.1"))
                .redirectErrorStream(true).start();
        client.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!client.waitFor(30, TimeUnit.SECONDS)) {
            client.destroyForcibly();
            throw new IllegalStateException("turnutils_uclient did not finish within 30 s");
        }
        return client.exitValue() == 0;
    }

    public String log() throws IOException {
        return Files.readString(dir.resolve("turn.log"), StandardCharsets.UTF_8);
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("turnserver exited:\n" + log());
            }
            if (Files.exists(dir.resolve("turn.log")) && log().contains("Total General servers")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("turnserver did not listen within 15 s:\n" + log());
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
