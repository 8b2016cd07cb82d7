package dev.parley.server.webhooks;

import dev.parley.core.store.Transactor;
import dev.parley.core.webhook.Delivery;
import dev.parley.core.webhook.Webhook;
import dev.parley.core.webhook.WebhookDirectory;
import dev.parley.core.webhook.WebhookRepository.Attempt;
import dev.parley.server.ops.ParleyMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Posts one (webhook, room) queue's leased batch, one delivery after the other, in order. The
 * outcomes are written together: when the batch ends, and before the next POST once
 * {@link #FLUSH_EVERY} has passed since the last write (so a node killed mid-batch posts again
 * only what it posted in that last moment, with the same {@code webhook-id}). A delivery to be
 * tried again later ends the batch — the ones after it wait for it, in the database, their
 * lease released — and so does the end of the lease: no POST starts that could outlast it, so
 * no other node posts the same delivery at the same time.
 */
final class BatchPoster {
    static final Duration FLUSH_EVERY = Duration.ofMillis(100);
    /** Batches of one queue posted in a row at most. */
    static final int ROUNDS = 10;

    private final Transactor store;
    private final WebhookDirectory directory;
    private final WebhookSigner signer;
    private final ReceiverClient receivers;
    private final RetrySchedule retries;
    private final ParleyMetrics metrics;
    private final Clock clock;
    private final Duration timeout;
    private final Duration lease;
    private final int batchSize;

    BatchPoster(Transactor store, WebhookDirectory directory, WebhookSigner signer,
            ReceiverClient receivers, RetrySchedule retries, ParleyMetrics metrics, Clock clock, Duration timeout,
            Duration lease, int batchSize) {
        this.store = store;
        this.directory = directory;
        this.signer = signer;
        this.receivers = receivers;
        this.retries = retries;
        this.metrics = metrics;
        this.clock = clock;
        this.timeout = timeout;
        this.lease = lease;
        this.batchSize = batchSize;
    }

    /**
     * Posts {@code batch} (one queue's, in order) to {@code webhook}, while the lease until
     * {@code leaseUntil} lasts; when all of a full batch went out, leases the queue's next batch
     * in the same transaction that records the outcomes and goes on, up to {@link #ROUNDS}
     * batches (then the queue goes back to the dispatcher, so that busy queues take turns).
     */
    void post(Webhook webhook, List<Delivery> batch, Instant leaseUntil) {
        List<Delivery> current = batch;
        Instant until = leaseUntil;
        for (int round = 1; !current.isEmpty(); round++) {
            List<Outcome> unwritten = new ArrayList<>();
            int posted = postWhileLeased(webhook, current, until, unwritten);
            boolean goOn = posted == current.size() && current.size() == batchSize && round < ROUNDS
                    && unwritten.stream().noneMatch(Outcome::holdsQueue);
            until = clock.instant().plus(lease);
            current = write(unwritten, current.subList(posted, current.size()).stream().map(Delivery::id).toList(),
                    goOn ? current.getFirst() : null, until);
        }
    }

    /**
     * Posts {@code batch} in order into {@code outcomes} (writing them every {@link #FLUSH_EVERY})
     * until one holds the queue or the lease could run out mid-post; returns how many it posted.
     */
    private int postWhileLeased(Webhook webhook, List<Delivery> batch, Instant leaseUntil, List<Outcome> outcomes) {
        long lastWrite = System.nanoTime();
        int next = 0;
        while (next < batch.size() && !clock.instant().plus(timeout).isAfter(leaseUntil)) {
            if (!outcomes.isEmpty() && System.nanoTime() - lastWrite >= FLUSH_EVERY.toNanos()) {
                write(outcomes, List.of(), null, null);
                lastWrite = System.nanoTime();
            }
            Outcome outcome = attempt(webhook, batch.get(next++));
            outcomes.add(outcome);
            if (outcome.holdsQueue()) {
                break;
            }
        }
        return next;
    }

    /** An attempt's outcome, its metrics label, and whether the deliveries after it must wait. */
    private record Outcome(Attempt attempt, String label, boolean holdsQueue) {
    }

    private Outcome attempt(Webhook webhook, Delivery delivery) {
        int attempts = delivery.attempts() + 1;
        AttemptResult result = post(webhook, delivery, clock.instant());
        Instant now = clock.instant();
        Integer status = result.status() == null || result.status() == 0 ? null : result.status();
        if (result.delivered()) {
            return new Outcome(new Attempt(delivery.id(), Delivery.Status.DELIVERED, attempts, now, status,
                    result.error(), now), "delivered", false);
        }
        if (result.gone()) {
            pause(webhook, now);
        }
        Optional<Instant> again = result.retryable() ? retries.next(attempts, now, result.retryAfter()) : Optional.empty();
        if (again.isPresent()) {
            return new Outcome(new Attempt(delivery.id(), Delivery.Status.PENDING, attempts, again.get(), status,
                    result.error(), null), "retrying", true);
        }
        return new Outcome(new Attempt(delivery.id(), Delivery.Status.DEAD, attempts, now, status, result.error(), now),
                "dead", result.gone());
    }

    private AttemptResult post(Webhook webhook, Delivery delivery, Instant now) {
        String id = delivery.id().toString();
        long timestamp = now.getEpochSecond();
        return receivers.post(webhook.url(), delivery.body(), Map.of(
                "webhook-id", id,
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSigner.standardSignature(webhook.signingSecrets(now), id, timestamp,
                        delivery.body()),
                "X-Signature", signer.apiSignature(delivery.body())));
    }

    /** The receiver answered 410 Gone: nothing more goes to it until it is resumed. */
    private void pause(Webhook webhook, Instant now) {
        store.write(repos -> {
            repos.webhooks().find(webhook.id()).ifPresent(current -> repos.webhooks().update(new Webhook(
                    current.id(), current.url(), current.events(), false, current.secret(), current.previousSecret(),
                    current.previousSecretUntil(), "the receiver answered 410 Gone", current.createdAt(), now)));
            return null;
        });
        directory.reload();
    }

    /**
     * Writes the outcomes so far and releases {@code unposted} in one transaction, and there
     * leases the next batch of {@code queueOf}'s queue until {@code leaseUntil} (none when null).
     */
    private List<Delivery> write(List<Outcome> outcomes, List<UUID> unposted, Delivery queueOf, Instant leaseUntil) {
        if (outcomes.isEmpty() && unposted.isEmpty() && queueOf == null) {
            return List.of();
        }
        List<Attempt> attempts = outcomes.stream().map(Outcome::attempt).toList();
        Instant now = clock.instant();
        List<Delivery> next = store.write(repos -> {
            repos.webhooks().recordAttempts(attempts);
            repos.webhooks().release(unposted);
            return queueOf == null ? List.<Delivery>of() : repos.webhooks().claimQueue(queueOf.webhookId(),
                    queueOf.roomKey(), now, leaseUntil, batchSize);
        });
        outcomes.forEach(outcome -> metrics.webhookAttempt(outcome.label()));
        outcomes.clear();
        return next;
    }
}
