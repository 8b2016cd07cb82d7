package dev.parley.server.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A host application's web site on another origin (its own port on localhost): plain HTML
 * pages that frame Parley's embed or use its widget.
 */
public final class FixtureSite implements AutoCloseable {
    private final HttpServer server;
    private record Resource(String contentType, String body) {
    }

    private final Map<String, Resource> pages = new ConcurrentHashMap<>();

    public FixtureSite() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Resource page = pages.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "not found" : page.body()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", page == null ? "text/plain" : page.contentType());
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** This site's origin; {@code localhost} rather than Parley's {@code 127.0.0.1}, and its own port. */
    public String origin() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Serves {@code html} at {@code path} and returns the page's URL. */
    public String page(String path, String html) {
        return resource(path, "text/html; charset=utf-8", html);
    }

    /** Serves {@code body} as {@code contentType} at {@code path} and returns its URL. */
    public String resource(String path, String contentType, String body) {
        pages.put(path, new Resource(contentType, body));
        return origin() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
