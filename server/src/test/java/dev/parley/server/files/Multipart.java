package dev.parley.server.files;

import dev.parley.server.ApiClient;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds multipart/form-data bodies as browsers send them, and fetches links as bytes. */
final class Multipart {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String boundary = "----parley" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    static Multipart file(String name, String type, byte[] bytes) {
        return new Multipart().part(Multipart.FIELD, name, type, bytes);
    }

    static final String FIELD = "upload";

    Multipart part(String field, String fileName, String type, byte[] bytes) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(field).append('"');
        if (fileName != null) {
            head.append("; filename=\"").append(fileName).append('"');
        }
        head.append("\r\n");
        if (type != null) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        head.append("\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Multipart field(String name, String value) {
        return part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return all.toByteArray();
    }

    ApiClient.Response put(ApiClient client, String path) {
        return client.raw("PUT", path, contentType(), bytes());
    }

    ApiClient.Response postTo(ApiClient client, String path) {
        return client.raw("POST", path, contentType(), bytes());
    }

    /** A GET of a link (absolute, or relative to {@code base}) without credentials. */
    static Fetched fetch(String base, String link) throws Exception {
        URI uri = link.startsWith("http") ? URI.create(link) : URI.create(base + link);
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), v.getFirst()));
        return new Fetched(response.statusCode(), headers, response.body());
    }

    /** The regular files below {@code dir} (none when it does not exist). */
    static java.util.List<java.nio.file.Path> regularFiles(java.nio.file.Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.exists(dir)) {
            return java.util.List.of();
        }
        try (var paths = java.nio.file.Files.walk(dir)) {
            return paths.filter(java.nio.file.Files::isRegularFile).toList();
        }
    }

    record Fetched(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }
}
