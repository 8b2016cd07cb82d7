package dev.parley.protocol.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook subscription. {@code secret} is present only in the answers that create it or
 * rotate it (shown once); {@code pausedReason} says why deliveries stopped (e.g. 410 Gone).
 */
public record Webhook(UUID id, String url, List<String> events, boolean active, String pausedReason,
        Instant createdAt, Instant updatedAt, String secret) {
}
