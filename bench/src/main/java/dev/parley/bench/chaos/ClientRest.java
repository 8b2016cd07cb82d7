package dev.parley.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A REST call of the chaos run that never throws: a broken connection or a timeout is the
 * status -1, which the ledger keeps as "unknown" (the write may or may not have happened).
 */
record ClientRest(String baseUrl, String bearer) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    record Answer(int status, JsonNode body) {
        Ledger.Outcome outcome() {
            if (status >= 200 && status < 300) {
                return Ledger.Outcome.ACKED;
            }
            // 503 refuses before storing, but a frozen or dying node's 5xx says nothing for sure.
            return status >= 400 && status < 500 ? Ledger.Outcome.REFUSED : Ledger.Outcome.UNKNOWN;
        }
    }

    Answer call(String method, String path, Object body) {
        try {
            var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + bearer);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            }
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = response.body().length == 0 ? JSON.nullNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json);
        } catch (IOException e) {
            return new Answer(-1, JSON.nullNode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, JSON.nullNode());
        }
    }

    /** As {@link #call}, for setup and checking: anything but 2xx is an error. */
    JsonNode expect(String method, String path, Object body) throws IOException {
        Answer answer = call(method, path, body);
        if (answer.status() < 200 || answer.status() >= 300) {
            throw new IOException(method + " " + baseUrl + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }
}
