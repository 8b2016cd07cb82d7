package dev.parley.server.files;

import dev.parley.server.config.ParleyConfig;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real S3-compatible server for tests: s3proxy (in-memory blob store) started as its own
 * process on a loopback port, from the jar the build copies to {@code target/s3proxy}
 * (it needs Jetty 11, so it never shares the tests' classpath).
 */
final class TestS3Proxy implements AutoCloseable {
    static final String ACCESS_KEY = "parley-test";
    static final String SECRET_KEY = "parley-test-secret";

    private final Process process;
    private final String endpoint;

    private TestS3Proxy(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static TestS3Proxy start(Path workDir) throws Exception {
        Path jar = Path.of("target", "s3proxy", "s3proxy.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the build copies it (maven-dependency-plugin,"
                    + " generate-test-resources); run the tests through ./mvnw");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + port;
        Path properties = Files.writeString(workDir.resolve("s3proxy.properties"), String.join("\n",
                "s3proxy.endpoint=" + endpoint, "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY, "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=transient-nio2", "jclouds.identity=" + ACCESS_KEY,
                "jclouds.credential=" + SECRET_KEY, ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "--properties",
                properties.toString())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("s3proxy.log").toFile()).start();
        TestS3Proxy proxy = new TestS3Proxy(process, endpoint);
        proxy.awaitListening(workDir.resolve("s3proxy.log"));
        return proxy;
    }

    ParleyConfig.S3 config(String bucket) {
        return new ParleyConfig.S3(endpoint, "us-east-1", bucket, ACCESS_KEY, SECRET_KEY, true);
    }

    private void awaitListening(Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("s3proxy exited: " + Files.readString(log));
            }
            try {
                var connection = (HttpURLConnection) URI.create(endpoint + "/").toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.getResponseCode();
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("s3proxy did not start listening within 90 s");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
