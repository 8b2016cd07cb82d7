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
     * Leases up to {@code limit} due deliveries until {@code leaseUntil}: only the first
     * pending delivery of each (webhook, room) queue, and none another node holds a lease on.
     */
    List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit);

    /** The outcome of an attempt: delivered, dead, or pending again at {@code nextAttemptAt}. */
    void recordAttempt(UUID deliveryId, Delivery.Status status, int attempts, Instant nextAttemptAt, Integer lastStatus,
            String lastError, Instant finishedAt);

    Optional<Delivery> findDelivery(UUID webhookId, UUID deliveryId);

    /** A webhook's deliveries, newest first, optionally of one status; {@code beforePosition} pages. */
    List<Delivery> deliveries(UUID webhookId, Delivery.Status status, Long beforePosition, int limit);
}
