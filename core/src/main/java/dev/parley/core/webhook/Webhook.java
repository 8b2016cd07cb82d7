package dev.parley.core.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A subscription: events of the listed types (or {@code "*"}) are posted to {@code url}, signed
 * with {@code secret} — and, until {@code previousSecretUntil}, with the secret it replaced.
 * {@code pausedReason} says why Parley stopped delivering (e.g. the receiver answered 410 Gone).
 */
public record Webhook(UUID id, String url, List<String> events, boolean active, String secret, String previousSecret,
        Instant previousSecretUntil, String pausedReason, Instant createdAt, Instant updatedAt) {
    public static final String ALL = "*";

    public Webhook {
        events = List.copyOf(events);
    }

    public boolean wants(String eventType) {
        return active && (events.contains(ALL) || events.contains(eventType));
    }

    /** The secrets a delivery is signed with now: the current one, and the previous one during its overlap. */
    public List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? List.of(secret, previousSecret) : List.of(secret);
    }
}
