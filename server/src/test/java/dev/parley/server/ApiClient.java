package dev.parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Talks real HTTP to a test node, with one credential (or none). */
public final class ApiClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String bearer;
    private final java.util.Map<String, String> headers;

    public ApiClient(String baseUrl, String bearer) {
        this(baseUrl, bearer, java.util.Map.of());
    }

    private ApiClient(String baseUrl, String bearer, java.util.Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.bearer = bearer;
        this.headers = headers;
    }

    public ApiClient withBearer(String credential) {
        return new ApiClient(baseUrl, credential, headers);
    }

    /** The same client, sending one more header on every request. */
    public ApiClient withHeader(String name, String value) {
        var more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(baseUrl, bearer, more);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    /** Every message of a room, oldest first, paging through the history with {@code after}. */
    public java.util.List<JsonNode> allMessages(String roomId) {
        java.util.List<JsonNode> messages = new java.util.ArrayList<>();
        long after = 0;
        while (true) {
            Response page = get("/v1/rooms/" + roomId + "/messages?limit=200&after=" + after);
            if (page.status() != 200) {
                throw new AssertionError("history of " + roomId + ": " + page);
            }
            page.json().get("items").forEach(messages::add);
            if (!page.json().get("hasMore").asBoolean()) {
                return messages;
            }
            after = messages.getLast().get("seq").asLong();
        }
    }

    /** Sends {@code body} as JSON (a String is sent verbatim). */
    public Response send(String method, String path, Object body) {
        byte[] bytes = body == null ? null : body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : json(body);
        return raw(method, path, "application/json", bytes);
    }

    public Response raw(String method, String path, String contentType, byte[] body) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(builder::header);
        if (body != null && contentType != null) {
            builder.header("Content-Type", contentType);
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            var result = new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
            if (result.isProblem()) {
                ErrorDetails.scan(method + " " + path, result.json().path("detail").asText(null));
            }
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] json(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A response: status, content type and body, with the body readable as JSON. */
    public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        /** A response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String code() {
            return json().path("code").asText(null);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }
}
