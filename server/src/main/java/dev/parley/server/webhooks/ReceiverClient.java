package dev.parley.server.webhooks;

import dev.parley.core.error.ParleyException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * POSTs a delivery over Jetty's HTTP client (kept-alive connections per receiver; ADR 0008): it
 * connects only to addresses the {@link DestinationGuard} allowed when it resolved the host, no
 * redirects followed, a bounded time for connecting and for the whole exchange, and at most
 * {@value #BODY_CAP} bytes of the answer read (the rest is dropped with the connection).
 */
final class ReceiverClient {
    static final int BODY_CAP = 4096;
    private static final Duration IDLE = Duration.ofSeconds(30);
    private final HttpClient http;
    private final Duration timeout;

    ReceiverClient(Duration timeout, DestinationGuard guard) {
        this.timeout = timeout;
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("parley-webhooks-http");
        threads.setDaemon(true);
        http = new HttpClient();
        http.setExecutor(threads);
        http.setFollowRedirects(false);
        http.setConnectTimeout(timeout.toMillis());
        http.setIdleTimeout(IDLE.toMillis());
        http.setSocketAddressResolver((host, port, context, promise) -> {
            try {
                promise.succeeded(Arrays.stream(guard.addresses(host)).map(address -> new InetSocketAddress(address, port))
                        .toList());
            } catch (ParleyException refused) {
                promise.failed(refused);
            }
        });
        http.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "Parley-Webhooks"));
        try {
            http.start();
        } catch (Exception e) {
            throw new IllegalStateException("the webhook HTTP client did not start", e);
        }
    }

    AttemptResult post(String url, String body, Map<String, String> headers) {
        Request request = http.newRequest(url).method(HttpMethod.POST).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .body(new StringRequestContent("application/json", body))
                .headers(fields -> headers.forEach(fields::put));
        InputStreamResponseListener answer = new InputStreamResponseListener();
        // The exchange is over — its connection back in the pool for the next POST — once this counts down.
        CountDownLatch exchanged = new CountDownLatch(1);
        request.onComplete(result -> exchanged.countDown());
        request.send(answer);
        try {
            Response response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            try (InputStream content = answer.getInputStream()) {
                content.readNBytes(BODY_CAP);
            }
            exchanged.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            int status = response.getStatus();
            String error = status >= 300 && status < 400 ? "the receiver redirected (" + status + "); redirects are not"
                    + " followed" : status >= 300 ? "the receiver answered " + status : null;
            return new AttemptResult(status, response.getHeaders().get(HttpHeader.RETRY_AFTER), error);
        } catch (TimeoutException e) {
            request.abort(e);
            return timedOut();
        } catch (ExecutionException e) {
            return switch (e.getCause()) {
                // refused for good: no status, not worth trying again (as at subscription)
                case ParleyException refused -> new AttemptResult(0, null, refused.detail());
                case TimeoutException late -> timedOut();
                case ConnectException refused -> AttemptResult.failed("could not connect to the receiver");
                default -> AttemptResult.failed("could not reach the receiver");
            };
        } catch (IOException e) {
            return e.getCause() instanceof TimeoutException ? timedOut()
                    : AttemptResult.failed("the receiver's answer broke off");
        } catch (InterruptedException e) {
            request.abort(e);
            Thread.currentThread().interrupt();
            return AttemptResult.failed("interrupted while delivering");
        }
    }

    private AttemptResult timedOut() {
        return AttemptResult.failed("no answer within " + timeout.toSeconds() + " s");
    }

    void close() {
        try {
            http.stop();
        } catch (Exception e) {
            // stopping: nothing is waiting for it
        }
    }
}
