package dev.parley.server.webhooks;

import dev.parley.core.error.ParleyException;
import dev.parley.core.store.Transactor;
import dev.parley.core.webhook.Delivery;
import dev.parley.core.webhook.Destinations;
import dev.parley.core.webhook.Webhook;
import dev.parley.core.webhook.WebhookDirectory;
import dev.parley.server.ops.ParleyMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the outbox: one thread leases the due queue heads (a lease keeps other nodes off a
 * delivery while it is posted), each is posted on a virtual thread, and its outcome is
 * written back — delivered, again later, or dead. Deliveries of one webhook and room go out
 * one after the other, in order; a stuck room holds up no other.
 */
public final class WebhookDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int CLAIM_BATCH = 32;
    private static final int IN_FLIGHT = 64;
    private static final Duration IDLE_POLL = Duration.ofMillis(250);
    private static final Duration DIRECTORY_REFRESH = Duration.ofSeconds(5);

    private final Transactor store;
    private final WebhookDirectory directory;
    private final Destinations destinations;
    private final WebhookSigner signer;
    private final ReceiverClient receivers;
    private final RetrySchedule retries;
    private final ParleyMetrics metrics;
    private final Clock clock;
    private final Duration lease;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final ExecutorService posters = Executors.newVirtualThreadPerTaskExecutor();
    private final Object wake = new Object();
    private final Thread worker;
    private volatile boolean stopped;
    private long nextRefresh;

    public WebhookDispatcher(Transactor store, WebhookDirectory directory, Destinations destinations,
            WebhookSigner signer, List<Duration> retryDelays, Duration timeout, ParleyMetrics metrics, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.destinations = destinations;
        this.signer = signer;
        this.receivers = new ReceiverClient(timeout);
        this.retries = new RetrySchedule(retryDelays);
        this.metrics = metrics;
        this.clock = clock;
        this.lease = timeout.plusSeconds(5);
        this.worker = Thread.ofPlatform().name("parley-webhooks").daemon().start(this::run);
    }

    /** Something may have been written to the outbox: look now rather than at the next poll. */
    public void nudge() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void run() {
        while (!stopped) {
            try {
                refreshDirectory();
                // No subscription known here (other nodes' are seen within the refresh): nothing to post.
                int claimed = directory.active().isEmpty() ? 0 : dispatchDue();
                if (claimed < CLAIM_BATCH) {
                    synchronized (wake) {
                        wake.wait(IDLE_POLL.toMillis());
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("webhook deliveries could not be read ({}); trying again shortly", e.getMessage());
                sleepQuietly();
            }
        }
    }

    private void refreshDirectory() {
        long now = System.nanoTime();
        if (now - nextRefresh >= 0) {
            directory.reload();
            nextRefresh = now + DIRECTORY_REFRESH.toNanos();
        }
    }

    private int dispatchDue() throws InterruptedException {
        inFlight.acquire(CLAIM_BATCH);
        inFlight.release(CLAIM_BATCH);
        Instant now = clock.instant();
        record Claim(List<Delivery> due, Map<java.util.UUID, Webhook> webhooks) {
        }
        Claim claim = store.write(repos -> new Claim(repos.webhooks().claimDue(now, now.plus(lease), CLAIM_BATCH),
                repos.webhooks().all().stream().collect(Collectors.toMap(Webhook::id, Function.identity()))));
        for (Delivery delivery : claim.due()) {
            Webhook webhook = claim.webhooks().get(delivery.webhookId());
            inFlight.acquire();
            posters.execute(() -> {
                try {
                    attempt(webhook, delivery);
                } catch (RuntimeException e) {
                    LOG.warn("recording the outcome of webhook delivery {} failed: {}", delivery.id(), e.getMessage());
                } finally {
                    inFlight.release();
                }
            });
        }
        return claim.due().size();
    }

    private void attempt(Webhook webhook, Delivery delivery) {
        int attempts = delivery.attempts() + 1;
        Instant started = clock.instant();
        AttemptResult result = post(webhook, delivery, started);
        Instant now = clock.instant();
        if (result.delivered()) {
            record(delivery, Delivery.Status.DELIVERED, attempts, now, result, now, "delivered");
            return;
        }
        if (result.gone()) {
            store.write(repos -> {
                repos.webhooks().find(webhook.id()).ifPresent(current -> repos.webhooks().update(new Webhook(
                        current.id(), current.url(), current.events(), false, current.secret(), current.previousSecret(),
                        current.previousSecretUntil(), "the receiver answered 410 Gone", current.createdAt(), now)));
                return null;
            });
            directory.reload();
        }
        Optional<Instant> again = result.retryable() ? retries.next(attempts, now, result.retryAfter()) : Optional.empty();
        if (again.isPresent()) {
            record(delivery, Delivery.Status.PENDING, attempts, again.get(), result, null, "retrying");
        } else {
            record(delivery, Delivery.Status.DEAD, attempts, now, result, now, "dead");
        }
    }

    private AttemptResult post(Webhook webhook, Delivery delivery, Instant now) {
        try {
            destinations.check(webhook.url());
        } catch (ParleyException refused) {
            return new AttemptResult(0, null, refused.detail());
        }
        String id = delivery.id().toString();
        long timestamp = now.getEpochSecond();
        return receivers.post(webhook.url(), delivery.body(), Map.of(
                "webhook-id", id,
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSigner.standardSignature(webhook.signingSecrets(now), id, timestamp,
                        delivery.body()),
                "X-Signature", signer.apiSignature(delivery.body())));
    }

    private void record(Delivery delivery, Delivery.Status status, int attempts, Instant next, AttemptResult result,
            Instant finished, String outcome) {
        Integer httpStatus = result.status() == null || result.status() == 0 ? null : result.status();
        store.write(repos -> {
            repos.webhooks().recordAttempt(delivery.id(), status, attempts, next, httpStatus, result.error(), finished);
            return null;
        });
        metrics.webhookAttempt(outcome);
    }

    private void sleepQuietly() {
        try {
            TimeUnit.SECONDS.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopped = true;
        worker.interrupt();
        try {
            worker.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        posters.shutdownNow();
        receivers.close();
    }
}
