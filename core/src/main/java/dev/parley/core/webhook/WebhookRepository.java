package dev.parley.core.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Subscriptions and the durable outbox of their deliveries. */
public interface WebhookRepository {
    void insert(Webhook webhook);

    void update(Webhook webhook);

    Optional<Webhook> find(UUID id);

    /** All subscriptions, oldest first. */
    List<Webhook> all();

    boolean delete(UUID id);

    /** Adds deliveries to the outbox (inside the transaction of the change they report). */
    void enqueue(List<Delivery> deliveries);

    /**
     * Claims due deliveries, a batch per (webhook, room) queue for up to {@code queues} queues:
     * the first pending delivery of the queue when it is due and no other node holds a lease on
     * it, and the pending ones right after it, up to {@code perQueue} in all, stopping before one
     * that is not due or is leased. Each queue's batch is in position order. Only each batch's
     * first delivery is leased (until {@code leaseUntil}): a queue is held by its head's lease,
     * which its poster moves along ({@link #holdQueue}) as it records outcomes.
     */
    List<Delivery> claimDue(Instant now, Instant leaseUntil, int queues, int perQueue);

    /**
     * Leases the next batch of one queue, as {@link #claimDue} does for each queue it finds:
     * for the node that has just posted that queue's previous batch, without looking at the
     * others.
     */
    List<Delivery> claimQueue(UUID webhookId, String roomKey, Instant now, Instant leaseUntil, int perQueue);

    /**
     * Leases one pending delivery until {@code leaseUntil}: the poster of a batch that records
     * the outcomes of its first deliveries while it posts the rest leases the first of the rest
     * in the same transaction, so the queue stays held.
     */
    void holdQueue(UUID deliveryId, Instant leaseUntil);

    /**
     * When one queue's next delivery may be claimed: empty when the queue holds no pending
     * delivery, else the later of its next attempt and the end of a lease another node holds on it.
     */
    Optional<Instant> queueDueAt(UUID webhookId, String roomKey);

    /** The outcome of an attempt: delivered, dead, or pending again at {@code nextAttemptAt}. */
    record Attempt(UUID deliveryId, Delivery.Status status, int attempts, Instant nextAttemptAt, Integer lastStatus,
            String lastError, Instant finishedAt) {
    }

    /** Records the outcome of an attempt (and ends its lease). */
    default void recordAttempt(UUID deliveryId, Delivery.Status status, int attempts, Instant nextAttemptAt,
            Integer lastStatus, String lastError, Instant finishedAt) {
        recordAttempts(List.of(new Attempt(deliveryId, status, attempts, nextAttemptAt, lastStatus, lastError,
                finishedAt)));
    }

    /** Records the outcomes of several attempts at once (and ends their leases). */
    void recordAttempts(List<Attempt> attempts);

    /** Ends the lease of leased deliveries that were not attempted: any node may claim them again. */
    void release(List<UUID> deliveryIds);

    Optional<Delivery> findDelivery(UUID webhookId, UUID deliveryId);

    /** A webhook's deliveries, newest first, optionally of one status; {@code beforePosition} pages. */
    List<Delivery> deliveries(UUID webhookId, Delivery.Status status, Long beforePosition, int limit);
}
