package dev.parley.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One POST to a receiver, against real HTTP servers on loopback: what each kind of answer — or
 * no answer — comes to, within the delivery timeout, and nothing reached that the guard refuses.
 */
class ReceiverClientTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private final ReceiverClient client = new ReceiverClient(TIMEOUT, new DestinationGuard(true));
    private final CountDownLatch released = new CountDownLatch(1);
    private HttpServer server;

    @AfterEach
    void stop() {
        released.countDown();
        client.close();
        if (server != null) {
            server.stop(0);
        }
    }

    private String serve(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                handler.handle(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private AttemptResult post(String url) {
        return client.post(url, "{\"id\":\"1\"}", Map.of("webhook-id", "1"));
    }

    @Test
    void a_2xx_is_delivered_and_the_connection_is_kept_for_the_next_post() throws Exception {
        Set<Object> peers = ConcurrentHashMap.newKeySet(); // one client address per connection
        String url = serve(exchange -> {
            peers.add(exchange.getRemoteAddress());
            exchange.sendResponseHeaders(204, -1);
        });

        for (int i = 0; i < 5; i++) {
            assertThat(post(url).delivered()).isTrue();
        }

        assertThat(peers).hasSize(1);
    }

    @Test
    void retry_after_is_passed_on_with_a_503() throws Exception {
        String url = serve(exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "120");
            exchange.sendResponseHeaders(503, -1);
        });

        AttemptResult result = post(url);

        assertThat(result.status()).isEqualTo(503);
        assertThat(result.retryAfter()).isEqualTo("120");
        assertThat(result.retryable()).isTrue();
        assertThat(result.error()).isEqualTo("the receiver answered 503");
    }

    @Test
    void a_redirect_is_not_followed_even_to_an_allowed_address() throws Exception {
        AtomicInteger followed = new AtomicInteger();
        String url = serve(exchange -> {
            if (exchange.getRequestURI().getPath().equals("/elsewhere")) {
                followed.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            exchange.getResponseHeaders().add("Location", "/elsewhere");
            exchange.sendResponseHeaders(307, -1);
        });

        AttemptResult result = post(url);

        assertThat(result.status()).isEqualTo(307);
        assertThat(result.delivered()).isFalse();
        assertThat(result.error()).contains("redirected (307)").contains("not followed");
        assertThat(followed).hasValue(0);
    }

    @Test
    void a_receiver_that_does_not_answer_is_given_up_on_within_the_timeout() throws Exception {
        String url = serve(exchange -> released.await(10, TimeUnit.SECONDS));

        long started = System.nanoTime();
        AttemptResult result = post(url);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.multipliedBy(3));
        assertThat(result.status()).isNull();
        assertThat(result.retryable()).isTrue();
        assertThat(result.error()).isEqualTo("no answer within 1 s");
    }

    @Test
    void an_endless_answer_is_read_to_the_cap_and_does_not_hold_the_delivery() throws Exception {
        String url = serve(exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked, without end
            byte[] chunk = new byte[8192];
            try (OutputStream out = exchange.getResponseBody()) {
                while (released.getCount() > 0) {
                    out.write(chunk);
                }
            } catch (IOException gone) {
                // the client hung up once it had read enough
            }
        });

        long started = System.nanoTime();
        AttemptResult result = post(url);

        assertThat(result.delivered()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT);
    }

    @Test
    void a_port_nobody_listens_on_is_a_failure_to_try_again() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        AttemptResult result = post("http://127.0.0.1:" + port + "/hook");

        assertThat(result.status()).isNull();
        assertThat(result.retryable()).isTrue();
        assertThat(result.error()).isEqualTo("could not connect to the receiver");
    }

    @Test
    void the_addresses_connected_to_are_checked_when_connecting_not_only_at_subscription() throws Exception {
        AtomicInteger reached = new AtomicInteger();
        String url = serve(exchange -> {
            reached.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
        });
        // The subscription was allowed earlier; loopback is refused now (a name rebinding to it alike).
        ReceiverClient strict = new ReceiverClient(TIMEOUT, new DestinationGuard(false));
        try {
            AttemptResult result = strict.post(url, "{}", Map.of());

            assertThat(result.delivered()).isFalse();
            assertThat(result.retryable()).isFalse();
            assertThat(result.error()).isEqualTo("the webhook host 127.0.0.1 resolves to a loopback address"
                    + " (webhooks.allow-loopback is off) (127.0.0.1); deliveries go to public addresses only");
            assertThat(reached).hasValue(0);
        } finally {
            strict.close();
        }
    }
}
