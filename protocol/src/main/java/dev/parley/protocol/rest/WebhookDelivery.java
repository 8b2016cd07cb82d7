package dev.parley.protocol.rest;

import java.time.Instant;
import java.util.UUID;

/**
 * One event's delivery to one webhook, as the delivery log shows it; {@code id} is the
 * {@code webhook-id} header every attempt carries; {@code status} is pending, delivered or dead.
 */
public record WebhookDelivery(UUID id, String type, String status, int attempts, Instant nextAttemptAt,
        Integer lastStatus, String lastError, Instant createdAt, Instant finishedAt) {
}
