package dev.parley.server.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * POSTs a delivery: no redirects followed, a bounded time for connecting and for the whole
 * exchange, and at most {@value #BODY_CAP} bytes of the answer read (the rest is dropped).
 */
final class ReceiverClient {
    static final int BODY_CAP = 4096;
    private final HttpClient http;
    private final Duration timeout;

    ReceiverClient(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    AttemptResult post(String url, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json").header("User-Agent", "Parley-Webhooks")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream answer = response.body()) {
                answer.readNBytes(BODY_CAP);
            }
            int status = response.statusCode();
            String error = status >= 300 && status < 400 ? "the receiver redirected (" + status + "); redirects are not"
                    + " followed" : status >= 300 ? "the receiver answered " + status : null;
            return new AttemptResult(status, response.headers().firstValue("Retry-After").orElse(null), error);
        } catch (HttpTimeoutException e) {
            return AttemptResult.failed("no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            return AttemptResult.failed("could not reach the receiver");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.failed("interrupted while delivering");
        }
    }

    void close() {
        http.close();
    }
}
