package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
        String log = capturingStandardError(() -> {
            for (int i = 0; i < 60; i++) {
                upgradeAndReset(i % 2 == 0);
            }
            Thread.sleep(500); // the node's handlers finish after the resets
        });

        assertThat(log).doesNotContain("unexpected error");
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

    private interface Work {
        void run() throws Exception;
    }

    /** What was written to standard error (where the node logs) while {@code work} ran; still shown there too. */
    private static String capturingStandardError(Work work) throws Exception {
        PrintStream original = System.err;
        var captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(new TeeStream(original, captured), true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static final class TeeStream extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        TeeStream(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }
    }
}
