package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client that hangs up mid-request — a WebSocket upgrade reset by a flaky network, a proxy's
 * probe — is nothing wrong with the server: the node does not log it as an error (an operator's
 * log would fill with stack traces of "unexpected error on GET /v1/ws") and goes on serving.
 */
class ClientHangUpTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    @Test
    void upgrades_reset_by_their_clients_are_not_logged_as_server_errors() throws Exception {
        try (var log = new StandardErrorCapture()) {
            for (int i = 0; i < 60; i++) {
                upgradeAndReset(i % 2 == 0);
            }
            // An absence: the node's handlers end after the resets, and none may log an error meanwhile.
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !log.text().contains("unexpected error"));
        }
        assertThat(node.newUser("still-served").api().get("/v1/rooms").status()).isEqualTo(200);
    }

    private static void upgradeAndReset(boolean waitForAnswer) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", node.node().port())) {
            socket.setSoLinger(true, 0); // close() resets the connection
            byte[] key = new byte[16];
            ThreadLocalRandom.current().nextBytes(key);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /v1/ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\n"
                    + "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (waitForAnswer) {
                socket.getInputStream().read();
            }
        }
    }

    /** What is written to standard error (where the node logs) until closed; still shown there too. */
    private static final class StandardErrorCapture implements AutoCloseable {
        private final PrintStream original = System.err;
        private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

        StandardErrorCapture() {
            System.setErr(new PrintStream(new TeeStream(original, captured), true, StandardCharsets.UTF_8));
        }

        String text() {
            synchronized (captured) {
                return captured.toString(StandardCharsets.UTF_8);
            }
        }

        @Override
        public void close() {
            System.setErr(original);
        }
    }

    /** Writes to both streams; the second is locked while written (a capture read meanwhile). */
    private static final class TeeStream extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        TeeStream(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            synchronized (second) {
                second.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            first.write(bytes, offset, length);
            synchronized (second) {
                second.write(bytes, offset, length);
            }
        }
    }
}
