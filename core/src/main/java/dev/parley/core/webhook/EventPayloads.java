package dev.parley.core.webhook;

import dev.parley.core.event.Event;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** How events look in a webhook delivery (the wire format lives outside core). */
public interface EventPayloads {
    /** An event's public type name (as in the WebSocket protocol), the room it is about, and its data as JSON. */
    record Payload(String type, String roomKey, String data) {
    }

    /** An event's public type name and the room it is about: the queue its deliveries join. */
    record Route(String type, String roomKey) {
    }

    /** The payload of an event webhooks carry, or empty (typing, presence, sessions). */
    Optional<Payload> of(Event event);

    /** What {@link #of} gives as type and room, without building the data; empty for the same events. */
    Optional<Route> route(Event event);

    /** The body of one delivery: {@code {id, type, createdAt, data}}. */
    String body(UUID id, Payload payload, Instant createdAt);
}
