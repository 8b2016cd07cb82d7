package dev.parley.server.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Engine.IO's HTTP long-polling by hand, to send what no well-behaved client library sends. */
final class RawEngineClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Reply(int status, String body) {
        JsonNode json() {
            try {
                return SocketIoClient.JSON.readTree(body);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private final String base;

    RawEngineClient(String nodeUrl) {
        this.base = nodeUrl + SocketIoServer.PATH + "/";
    }

    /** Opens a polling connection and returns its sid. */
    String handshake() {
        Reply open = get("?EIO=4&transport=polling");
        if (open.status() != 200 || !open.body().startsWith("0{")) {
            throw new AssertionError("handshake: " + open);
        }
        try {
            return SocketIoClient.JSON.readTree(open.body().substring(1)).get("sid").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    Reply get(String query) {
        return send(HttpRequest.newBuilder(URI.create(base + query)).GET());
    }

    Reply poll(String sid) {
        return get("?EIO=4&transport=polling&sid=" + sid);
    }

    Reply post(String sid, String body) {
        return post("?EIO=4&transport=polling&sid=" + sid, body.getBytes(StandardCharsets.UTF_8));
    }

    Reply post(String query, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + query)).header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            var response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
