package dev.parley.core.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * One event on its way to one webhook: its JSON {@code body} is fixed when the event happens
 * (the same bytes on every attempt), {@code id} is the stable {@code webhook-id} a receiver
 * de-duplicates by. Deliveries of one webhook and room ({@code roomKey}) go out in
 * {@code position} order.
 */
public record Delivery(long position, UUID id, UUID webhookId, String eventType, String roomKey, String body,
        Status status, int attempts, Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt,
        Instant finishedAt) {

    public enum Status {
        PENDING, DELIVERED, DEAD;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Status parse(String value) {
            for (Status status : values()) {
                if (status.wireName().equals(value)) {
                    return status;
                }
            }
            throw dev.parley.core.error.ParleyException.invalid("status must be pending, delivered or dead");
        }
    }
}
