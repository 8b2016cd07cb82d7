package dev.parley.server.webhooks;

import dev.parley.core.store.UnitOfWork;
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
 * queue is held by its first pending delivery's lease. The outcomes are written together, with
 * other posters' ({@link GroupedWrites}): when the batch ends, and once {@link #FLUSH_EVERY} has
 * passed since the last write, handed in while the posting goes on — together with moving the
 * lease to the batch's next delivery, so the queue stays held (a node killed mid-batch posts
 * again only what it posted in that last moment, with the same {@code webhook-id}). A delivery
 * to be tried again later ends the batch — the ones after it wait for it, in the database — and
 * so does the end of the lease: no POST starts that could outlast it, so no other node posts
 * the same delivery at the same time.
 */
final class BatchPoster {
    static final Duration FLUSH_EVERY = Duration.ofMillis(100);
    /** Batches of one queue posted in a row at most. */
    static final int ROUNDS = 10;

    private final GroupedWrites writes;
    private final WebhookDirectory directory;
    private final WebhookSigner signer;
    private final ReceiverClient receivers;
    private final RetrySchedule retries;
    private final ParleyMetrics metrics;
    private final Clock clock;
    private final Duration timeout;
    private final Duration lease;
    private final int batchSize;

    BatchPoster(GroupedWrites writes, WebhookDirectory directory, WebhookSigner signer,
            ReceiverClient receivers, RetrySchedule retries, ParleyMetrics metrics, Clock clock, Duration timeout,
            Duration lease, int batchSize) {
        this.writes = writes;
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
            Round posting = new Round(webhook, until);
            int posted = posting.postWhileLeased(current);
            if (posting.flushFailed) {
                // The queue stays leased where the failed write left it; it is posted again (same ids) once that ends.
                throw new IllegalStateException("an earlier write of this batch's outcomes failed");
            }
            boolean goOn = posted == current.size() && current.size() == batchSize && round < ROUNDS
                    && posting.unwritten.stream().noneMatch(Outcome::holdsQueue);
            until = clock.instant().plus(lease);
            List<UUID> unposted = current.subList(posted, current.size()).stream().map(Delivery::id).toList();
            current = finish(webhook, posting.unwritten, unposted, goOn ? current.getFirst() : null, until);
        }
    }

    /** One batch's posting under one lease: its outcomes not written yet, and whether a write handed in failed. */
    private final class Round {
        private final Webhook webhook;
        private final Instant leaseUntil;
        private final List<Outcome> unwritten = new ArrayList<>();
        private volatile boolean flushFailed;

        Round(Webhook webhook, Instant leaseUntil) {
            this.webhook = webhook;
            this.leaseUntil = leaseUntil;
        }

        /**
         * Posts {@code batch} in order (handing the outcomes in to be written every
         * {@link #FLUSH_EVERY}) until one holds the queue, the lease could run out mid-post or a
         * write handed in failed; returns how many it posted.
         */
        int postWhileLeased(List<Delivery> batch) {
            long lastWrite = System.nanoTime();
            int next = 0;
            while (next < batch.size() && !clock.instant().plus(timeout).isAfter(leaseUntil) && !flushFailed) {
                if (!unwritten.isEmpty() && System.nanoTime() - lastWrite >= FLUSH_EVERY.toNanos()) {
                    flush(batch.get(next));
                    lastWrite = System.nanoTime();
                }
                Outcome outcome = attempt(webhook, batch.get(next++));
                unwritten.add(outcome);
                if (outcome.holdsQueue()) {
                    break;
                }
            }
            return next;
        }

        /**
         * Hands in the outcomes so far, to be written with the queue's lease moved to {@code next}
         * (the batch's delivery about to be posted), and goes on posting meanwhile.
         */
        private void flush(Delivery next) {
            List<Outcome> handedIn = List.copyOf(unwritten);
            unwritten.clear();
            writes.submit(repos -> {
                record(repos, webhook, handedIn);
                repos.webhooks().holdQueue(next.id(), leaseUntil);
                return null;
            }).whenComplete((ignored, failure) -> {
                if (failure == null) {
                    written(handedIn);
                } else {
                    flushFailed = true;
                }
            });
        }
    }

    /**
     * An attempt's outcome, its metrics label, whether the deliveries after it must wait, and
     * whether the receiver asked to be paused (410 Gone).
     */
    private record Outcome(Attempt attempt, String label, boolean holdsQueue, boolean pauses) {
    }

    private Outcome attempt(Webhook webhook, Delivery delivery) {
        int attempts = delivery.attempts() + 1;
        AttemptResult result = post(webhook, delivery, clock.instant());
        Instant now = clock.instant();
        Integer status = result.status() == null || result.status() == 0 ? null : result.status();
        if (result.delivered()) {
            return new Outcome(new Attempt(delivery.id(), Delivery.Status.DELIVERED, attempts, now, status,
                    result.error(), now), "delivered", false, false);
        }
        Optional<Instant> again = result.retryable() ? retries.next(attempts, now, result.retryAfter()) : Optional.empty();
        if (again.isPresent()) {
            return new Outcome(new Attempt(delivery.id(), Delivery.Status.PENDING, attempts, again.get(), status,
                    result.error(), null), "retrying", true, false);
        }
        return new Outcome(new Attempt(delivery.id(), Delivery.Status.DEAD, attempts, now, status, result.error(), now),
                "dead", result.gone(), result.gone());
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

    /**
     * Writes the outcomes not written yet and releases {@code unposted}, and leases the next
     * batch of {@code queueOf}'s queue until {@code leaseUntil} (none when null), in one
     * transaction; returns that batch once it committed.
     */
    private List<Delivery> finish(Webhook webhook, List<Outcome> outcomes, List<UUID> unposted, Delivery queueOf,
            Instant leaseUntil) {
        if (outcomes.isEmpty() && unposted.isEmpty() && queueOf == null) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Delivery> next = writes.write(repos -> {
            record(repos, webhook, outcomes);
            repos.webhooks().release(unposted);
            return queueOf == null ? List.<Delivery>of() : repos.webhooks().claimQueue(queueOf.webhookId(),
                    queueOf.roomKey(), now, leaseUntil, batchSize);
        });
        written(outcomes);
        return next;
    }

    /** Records {@code outcomes}; when one was a 410 Gone, nothing more goes to the webhook until it is resumed. */
    private void record(UnitOfWork repos, Webhook webhook, List<Outcome> outcomes) {
        repos.webhooks().recordAttempts(outcomes.stream().map(Outcome::attempt).toList());
        outcomes.stream().filter(Outcome::pauses).findFirst().ifPresent(gone -> repos.webhooks().find(webhook.id())
                .ifPresent(current -> repos.webhooks().update(new Webhook(current.id(), current.url(),
                        current.events(), false, current.secret(), current.previousSecret(),
                        current.previousSecretUntil(), "the receiver answered 410 Gone", current.createdAt(),
                        gone.attempt().finishedAt()))));
    }

    /** After the outcomes' commit: counted, and a pause seen by this node's directory. */
    private void written(List<Outcome> outcomes) {
        outcomes.forEach(outcome -> metrics.webhookAttempt(outcome.label()));
        if (outcomes.stream().anyMatch(Outcome::pauses)) {
            directory.reload();
        }
    }
}
