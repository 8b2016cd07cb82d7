package dev.parley.server.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;

/** A real HTTP receiver on 127.0.0.1 that records every delivery and answers with the status it is told. */
public final class TestReceiver implements AutoCloseable {
    /** One POST as received: the headers Parley signs with, and the raw body. */
    public record Received(String id, String timestamp, String signature, String apiSignature, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile ToIntFunction<Received> status = request -> 204;
    private volatile Map<String, String> extraHeaders = Map.of();

    public TestReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            var headers = exchange.getRequestHeaders();
            var request = new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), headers.getFirst("X-Signature"), body);
            received.add(request);
            extraHeaders.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(status.applyAsInt(request), -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public void answer(int code) {
        answer(() -> code, Map.of());
    }

    public void answer(IntSupplier code, Map<String, String> headers) {
        this.status = request -> code.getAsInt();
        this.extraHeaders = headers;
    }

    /** Answers each request by what it carries (deliveries may arrive at once, from several rooms). */
    public void answerEach(ToIntFunction<Received> code) {
        this.status = code;
        this.extraHeaders = Map.of();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
