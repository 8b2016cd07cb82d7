package dev.parley.server.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A loopback stand-in for a LiveKit server's signal endpoint, for browser tests (no LiveKit
 * server can be installed here). It answers what livekit-client asks before joining: the
 * newer {@code /rtc/v1} path is refused and its {@code /validate} says "not found" (as an
 * older LiveKit server does), so the client falls back to {@code /rtc?access_token=…}; that
 * WebSocket upgrade is accepted, recorded and then held open, silent, until {@link #dropAll}.
 * It speaks no LiveKit protocol beyond that: no room is ever joined and no media flows.
 */
final class FakeLiveKit implements AfterAllCallback {
    private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final ServerSocket server;
    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private final List<URI> signalConnections = new CopyOnWriteArrayList<>();
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    private FakeLiveKit(ServerSocket server) {
        this.server = server;
        Thread.ofVirtual().name("fake-livekit").start(this::acceptLoop);
    }

    static FakeLiveKit start() {
        try {
            return new FakeLiveKit(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new IllegalStateException("the fake LiveKit server could not listen on loopback", e);
        }
    }

    /** The URL to configure as {@code livekit.url}. */
    String url() {
        return "ws://127.0.0.1:" + server.getLocalPort();
    }

    /** Every request target seen, in order (upgrades and plain HTTP alike). */
    List<URI> requests() {
        return List.copyOf(requests);
    }

    /** Waits until {@code count} signal WebSockets ({@code /rtc}) were accepted; returns their request targets. */
    List<URI> awaitSignalConnections(int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (signalConnections.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected " + count + " connections to " + url() + "/rtc, got "
                        + signalConnections.size() + "; requests seen: " + requests);
            }
            Thread.sleep(50);
        }
        return List.copyOf(signalConnections);
    }

    /** Drops every held signal connection without a word, as a LiveKit server that died would. */
    void dropAll() {
        held.forEach(FakeLiveKit::closeQuietly);
        held.clear();
    }

    /** The query parameters of a request target. */
    static Map<String, String> query(URI target) {
        Map<String, String> params = new HashMap<>();
        String raw = target.getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        dropAll();
        closeQuietly(server);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            List<String> head = readHead(in);
            if (head.isEmpty()) {
                socket.close();
                return;
            }
            URI target = URI.create(head.getFirst().split(" ")[1]);
            requests.add(target);
            Map<String, String> headers = headers(head);
            OutputStream out = socket.getOutputStream();
            boolean upgrade = "websocket".equalsIgnoreCase(headers.getOrDefault("upgrade", ""));
            if (upgrade && target.getPath().equals("/rtc")) {
                out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Accept: " + accept(headers.get("sec-websocket-key")) + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                held.add(socket);
                signalConnections.add(target);
                return;
            }
            // "/rtc/v1" and its "/validate": not found, as on a LiveKit server older than that path.
            byte[] body = "404 page not found".getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nAccess-Control-Allow-Origin: *\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            socket.close();
        } catch (IOException e) {
            closeQuietly(socket);
        }
    }

    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String text = line.toString().strip();
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.setLength(0);
            } else {
                line.append((char) b);
            }
        }
        return lines;
    }

    private static Map<String, String> headers(List<String> head) {
        Map<String, String> headers = new HashMap<>();
        for (String line : head.subList(1, head.size())) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    private static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((key + WEBSOCKET_GUID).getBytes(StandardCharsets.ISO_8859_1));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
