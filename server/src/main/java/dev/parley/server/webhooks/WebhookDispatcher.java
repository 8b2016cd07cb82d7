package dev.parley.server.webhooks;

import dev.parley.core.store.Transactor;
import dev.parley.core.webhook.Delivery;
import dev.parley.core.webhook.Destinations;
import dev.parley.core.webhook.Webhook;
import dev.parley.core.webhook.WebhookDirectory;
import dev.parley.server.ops.ParleyMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the outbox: one thread leases due batches — the next deliveries of a (webhook, room)
 * queue, in order — in one transaction (a lease keeps other nodes off them while they are
 * posted), each batch is posted by a {@link BatchPoster} on a virtual thread, and its outcomes
 * are written back together — delivered, again later, or dead. Deliveries of one webhook and
 * room go out one after the other, in order; a stuck room holds up no other.
 */
public final class WebhookDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    /** Queues leased per claim at most. */
    private static final int QUEUES_PER_CLAIM = 32;
    /** Deliveries of one queue leased per claim at most. */
    static final int BATCH = 100;
    /** Queues posted at once at most. */
    private static final int IN_FLIGHT = 64;
    private static final Duration IDLE_POLL = Duration.ofMillis(250);
    /**
     * The least time between two claims that leased little: a claim reads every pending
     * delivery's queue position, so a burst of sends (each a nudge) must not make it spin.
     */
    private static final Duration CLAIM_GAP = Duration.ofMillis(100);
    private static final Duration DIRECTORY_REFRESH = Duration.ofSeconds(5);

    private final Transactor store;
    private final WebhookDirectory directory;
    private final ReceiverClient receivers;
    private final BatchPoster poster;
    private final Clock clock;
    private final Duration lease;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final ExecutorService posters = Executors.newVirtualThreadPerTaskExecutor();
    private final Object wake = new Object();
    private final Thread worker;
    private boolean nudged;
    private volatile boolean stopped;
    private long nextRefresh;

    public WebhookDispatcher(Transactor store, WebhookDirectory directory, Destinations destinations,
            WebhookSigner signer, List<Duration> retryDelays, Duration timeout, ParleyMetrics metrics, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.receivers = new ReceiverClient(timeout);
        this.clock = clock;
        this.lease = timeout.plusSeconds(5);
        this.poster = new BatchPoster(store, directory, destinations, signer, receivers, new RetrySchedule(retryDelays),
                metrics, clock, timeout, lease, BATCH);
        this.worker = Thread.ofPlatform().name("parley-webhooks").daemon().start(this::run);
    }

    /** Something may have been written to the outbox, or a batch ended: look now rather than at the next poll. */
    public void nudge() {
        synchronized (wake) {
            nudged = true;
            wake.notifyAll();
        }
    }

    private void run() {
        while (!stopped) {
            try {
                refreshDirectory();
                synchronized (wake) {
                    nudged = false;
                }
                // No subscription known here (other nodes' are seen within the refresh): nothing to post.
                int claimed = directory.active().isEmpty() ? 0 : dispatchDue();
                if (claimed < QUEUES_PER_CLAIM) {
                    long claimedAt = System.nanoTime();
                    synchronized (wake) {
                        if (!nudged) {
                            wake.wait(IDLE_POLL.toMillis());
                        }
                    }
                    TimeUnit.NANOSECONDS.sleep(Math.max(0, CLAIM_GAP.toNanos() - (System.nanoTime() - claimedAt)));
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

    /** Leases the due batches there is room for and starts posting them; returns how many queues it leased. */
    private int dispatchDue() throws InterruptedException {
        inFlight.acquire();
        inFlight.release();
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(lease);
        int queues = Math.min(QUEUES_PER_CLAIM, inFlight.availablePermits());
        record Claim(List<Delivery> due, Map<UUID, Webhook> webhooks) {
        }
        Claim claim = store.write(repos -> new Claim(repos.webhooks().claimDue(now, leaseUntil, queues, BATCH),
                repos.webhooks().all().stream().collect(Collectors.toMap(Webhook::id, Function.identity()))));
        Map<List<Object>, List<Delivery>> batches = new LinkedHashMap<>();
        for (Delivery delivery : claim.due()) {
            batches.computeIfAbsent(List.of(delivery.webhookId(), delivery.roomKey()), queue -> new ArrayList<>())
                    .add(delivery);
        }
        for (List<Delivery> batch : batches.values()) {
            Webhook webhook = claim.webhooks().get(batch.getFirst().webhookId());
            inFlight.acquire();
            posters.execute(() -> {
                try {
                    poster.post(webhook, batch, leaseUntil);
                } catch (RuntimeException e) {
                    LOG.warn("recording the outcome of webhook deliveries from {} failed: {}", batch.getFirst().id(),
                            e.getMessage());
                } finally {
                    inFlight.release();
                    nudge();
                }
            });
        }
        return batches.size();
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
