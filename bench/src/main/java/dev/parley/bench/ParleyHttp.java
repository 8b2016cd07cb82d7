package dev.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The few calls of Parley's public REST API the load generator (and the chaos run) needs. */
public final class ParleyHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String baseUrl;
    private final Duration timeout;

    ParleyHttp(String baseUrl) {
        this(baseUrl, Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    /** Calls {@code baseUrl}, connecting within {@code connectTimeout}, each call answered within {@code timeout}. */
    public ParleyHttp(String baseUrl, Duration connectTimeout, Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
    }

    public record Reply(int status, JsonNode body) {
    }

    public Reply call(String method, String path, String bearer, Object body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Authorization", "Bearer " + bearer);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode json = response.body().length == 0 ? JSON.nullNode() : JSON.readTree(response.body());
        return new Reply(response.statusCode(), json);
    }

    JsonNode expect(int status, String method, String path, String bearer, Object body)
            throws IOException, InterruptedException {
        Reply reply = call(method, path, bearer, body);
        if (reply.status() != status && !(status == 201 && reply.status() == 200)) {
            throw new IOException(method + " " + path + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.body();
    }

    void putUser(String secret, String id) throws IOException, InterruptedException {
        expect(201, "PUT", "/v1/users/" + id, secret, Map.of("name", id));
    }

    String token(String secret, String userId) throws IOException, InterruptedException {
        return expect(201, "POST", "/v1/users/" + userId + "/tokens", secret, Map.of("ttlSeconds", 86_400))
                .get("token").asText();
    }

    String createRoom(String token, String name, List<String> memberIds) throws IOException, InterruptedException {
        return expect(201, "POST", "/v1/rooms", token, Map.of("type", "group", "name", name, "memberIds", memberIds))
                .get("id").asText();
    }

    long lastSeq(String token, String roomId) throws IOException, InterruptedException {
        return expect(200, "GET", "/v1/rooms/" + roomId, token, null).get("lastSeq").asLong();
    }
}
