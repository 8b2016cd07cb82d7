package dev.parley.core.webhook;

import dev.parley.core.event.Event;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.store.Repositories;
import dev.parley.core.store.Transactor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a delivery for every subscription that wants an event, inside the transaction that
 * stores the change (a crash after the commit loses no delivery; a rollback leaves none).
 */
public final class WebhookOutbox implements Transactor.BeforeCommit {
    private final WebhookDirectory directory;
    private final EventPayloads payloads;
    private final IdGenerator ids;
    private final Clock clock;

    public WebhookOutbox(WebhookDirectory directory, EventPayloads payloads, IdGenerator ids, Clock clock) {
        this.directory = directory;
        this.payloads = payloads;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void beforeCommit(Repositories repositories, List<Event> events) {
        List<Webhook> subscribed = directory.active();
        if (subscribed.isEmpty() || events.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Delivery> deliveries = new ArrayList<>();
        for (Event event : events) {
            payloads.of(event).ifPresent(payload -> {
                for (Webhook webhook : subscribed) {
                    if (webhook.wants(payload.type())) {
                        var id = ids.next();
                        deliveries.add(new Delivery(0, id, webhook.id(), payload.type(), payload.roomKey(),
                                payloads.body(id, payload, now), Delivery.Status.PENDING, 0, now, null, null, now, null));
                    }
                }
            });
        }
        if (!deliveries.isEmpty()) {
            repositories.webhooks().enqueue(deliveries);
        }
    }
}
