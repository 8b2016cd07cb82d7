package dev.parley.server.webhooks;

import dev.parley.core.event.Event;
import dev.parley.core.store.Transactor;
import dev.parley.core.webhook.Delivery;
import dev.parley.core.webhook.EventPayloads;
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
import java.util.Optional;
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
 * queue, in order — in one transaction (a lease on the queue's head keeps other nodes off the
 * queue while it is posted), each batch is posted by a {@link BatchPoster} on a virtual thread,
 * and its outcomes are written back together — delivered, again later, or dead; claims and
 * outcomes share transactions ({@link GroupedWrites}). Deliveries of one webhook and
 * room go out one after the other, in order; a stuck room holds up no other. Which queues to
 * look at it learns from the bus ({@link QueueCandidates}), so a claim costs a look per queue
 * that may have work, not a visit to every pending delivery (that full look runs every few
 * seconds, for what no event told).
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
    /** The least time between two claims that leased little: a burst of sends (each heard) must not make it spin. */
    private static final Duration CLAIM_GAP = Duration.ofMillis(100);
    private static final Duration DIRECTORY_REFRESH = Duration.ofSeconds(5);
    /**
     * How often a node looks at every pending delivery (a query that visits each) for queues no
     * event told it of; in between it looks at its {@link QueueCandidates} only.
     */
    private static final Duration FULL_LOOK = Duration.ofSeconds(5);
    /** Candidate queues looked at per claim at most. */
    private static final int PROBES_PER_CLAIM = 64;

    private final GroupedWrites writes;
    private final WebhookDirectory directory;
    private final ReceiverClient receivers;
    private final BatchPoster poster;
    private final Clock clock;
    private final Duration lease;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final ExecutorService posters = Executors.newVirtualThreadPerTaskExecutor();
    private final Object wake = new Object();
    private final Thread worker;
    private final QueueCandidates candidates;
    private boolean nudged;
    private volatile boolean lookEverywhere = true;
    private long nextFullLook;
    private volatile boolean stopped;
    private long nextRefresh;

    public WebhookDispatcher(Transactor store, WebhookDirectory directory, EventPayloads payloads,
            DestinationGuard guard, WebhookSigner signer, List<Duration> retryDelays, Duration timeout,
            ParleyMetrics metrics, Clock clock) {
        this.writes = new GroupedWrites(store);
        this.directory = directory;
        this.candidates = new QueueCandidates(directory, payloads);
        this.receivers = new ReceiverClient(timeout, guard);
        this.clock = clock;
        this.lease = timeout.plusSeconds(5);
        this.poster = new BatchPoster(writes, directory, signer, receivers, new RetrySchedule(retryDelays),
                metrics, clock, timeout, lease, BATCH);
        this.worker = Thread.ofPlatform().name("parley-webhooks").daemon().start(this::run);
    }

    /** A bus event: the queues it put deliveries in are looked at on the next turn rather than at the next poll. */
    public void heard(Event event) {
        candidates.heard(event);
        wake();
    }

    /**
     * Something changed that no event tells (a dead letter sent again, a subscription resumed):
     * the next turn looks at every pending delivery.
     */
    public void nudge() {
        lookEverywhere = true;
        wake();
    }

    private void wake() {
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

    /**
     * Leases the due batches there is room for and starts posting them; returns how many queues
     * it leased. Usually it looks at the candidate queues only; every {@link #FULL_LOOK}, and when
     * nudged, at every pending delivery.
     */
    private int dispatchDue() throws InterruptedException {
        inFlight.acquire();
        inFlight.release();
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(lease);
        int queues = Math.min(QUEUES_PER_CLAIM, inFlight.availablePermits());
        boolean everywhere = lookEverywhere | candidates.overflowed() | System.nanoTime() - nextFullLook >= 0;
        Claim claim;
        if (everywhere) {
            lookEverywhere = false;
            nextFullLook = System.nanoTime() + FULL_LOOK.toNanos();
            claim = writes.write(repos -> new Claim(repos.webhooks().claimDue(now, leaseUntil, queues, BATCH),
                    byId(repos.webhooks().all())));
        } else {
            claim = claimCandidates(now, leaseUntil, queues);
        }
        Map<QueueCandidates.Key, List<Delivery>> batches = new LinkedHashMap<>();
        for (Delivery delivery : claim.due()) {
            batches.computeIfAbsent(new QueueCandidates.Key(delivery.webhookId(), delivery.roomKey()),
                    queue -> new ArrayList<>()).add(delivery);
        }
        for (var batch : batches.entrySet()) {
            candidates.drop(batch.getKey());
            Webhook webhook = claim.webhooks().get(batch.getKey().webhookId());
            inFlight.acquire();
            posters.execute(() -> {
                try {
                    poster.post(webhook, batch.getValue(), leaseUntil);
                } catch (RuntimeException e) {
                    LOG.warn("recording the outcome of webhook deliveries from {} failed: {}",
                            batch.getValue().getFirst().id(), e.getMessage());
                } finally {
                    inFlight.release();
                    candidates.handedBack(batch.getKey());
                    wake();
                }
            });
        }
        return batches.size();
    }

    private record Claim(List<Delivery> due, Map<UUID, Webhook> webhooks) {
    }

    /**
     * Looks at the candidate queues due a look, in one transaction: leases the next batch of each
     * that is due (up to {@code queues}), drops those found empty, and notes when a waiting one's
     * next delivery may go.
     */
    private Claim claimCandidates(Instant now, Instant leaseUntil, int queues) {
        List<QueueCandidates.Key> keys = candidates.due(now, PROBES_PER_CLAIM);
        if (keys.isEmpty()) {
            return new Claim(List.of(), Map.of());
        }
        record Look(QueueCandidates.Key key, Optional<Instant> dueAt, List<Delivery> batch) {
        }
        record Looks(List<Look> looks, Map<UUID, Webhook> webhooks) {
        }
        Looks result = writes.write(repos -> {
            Map<UUID, Webhook> webhooks = byId(repos.webhooks().all());
            List<Look> looks = new ArrayList<>();
            int leased = 0;
            for (QueueCandidates.Key key : keys) {
                Webhook webhook = webhooks.get(key.webhookId());
                Optional<Instant> dueAt = webhook == null || !webhook.active() ? Optional.empty()
                        : repos.webhooks().queueDueAt(key.webhookId(), key.roomKey());
                List<Delivery> batch = List.of();
                if (dueAt.isPresent() && !dueAt.get().isAfter(now) && leased < queues) {
                    batch = repos.webhooks().claimQueue(key.webhookId(), key.roomKey(), now, leaseUntil, BATCH);
                    leased += batch.isEmpty() ? 0 : 1;
                }
                looks.add(new Look(key, dueAt, batch));
            }
            return new Looks(looks, webhooks);
        });
        List<Delivery> due = new ArrayList<>();
        for (Look look : result.looks()) {
            if (look.dueAt().isEmpty()) {
                candidates.drop(look.key());
            } else if (!look.batch().isEmpty()) {
                due.addAll(look.batch());
            } else if (look.dueAt().get().isAfter(now)) {
                candidates.waitUntil(look.key(), look.dueAt().get());
            }
            // else: due, but left for the next claim (no room now) or taken by another claim just now
        }
        return new Claim(due, result.webhooks());
    }

    private static Map<UUID, Webhook> byId(List<Webhook> webhooks) {
        return webhooks.stream().collect(Collectors.toMap(Webhook::id, Function.identity()));
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
        writes.close();
        receivers.close();
    }
}
