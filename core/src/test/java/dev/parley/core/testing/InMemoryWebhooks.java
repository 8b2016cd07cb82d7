package dev.parley.core.testing;

import dev.parley.core.testing.Tables.DeliveryRow;
import dev.parley.core.webhook.Delivery;
import dev.parley.core.webhook.Webhook;
import dev.parley.core.webhook.WebhookRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link WebhookRepository} over the in-memory {@code webhooks} and {@code webhook_deliveries} tables. */
final class InMemoryWebhooks implements WebhookRepository {
    private final Tables tables;

    InMemoryWebhooks(Tables tables) {
        this.tables = tables;
    }

    @Override
    public void insert(Webhook webhook) {
        tables.webhooks.insert(webhook.id(), Micros.of(webhook));
    }

    /** Replaces everything but the id and the creation time. */
    @Override
    public void update(Webhook webhook) {
        tables.webhooks.update(webhook.id(), old -> Micros.of(new Webhook(old.id(), webhook.url(), webhook.events(),
                webhook.active(), webhook.secret(), webhook.previousSecret(), webhook.previousSecretUntil(),
                webhook.pausedReason(), old.createdAt(), webhook.updatedAt())));
    }

    @Override
    public Optional<Webhook> find(UUID id) {
        return tables.webhooks.find(id);
    }

    @Override
    public List<Webhook> all() {
        return tables.webhooks.rows().stream()
                .sorted(Comparator.comparing(Webhook::createdAt).thenComparing(Webhook::id, Tables.UUID_ORDER)).toList();
    }

    /** Deletes the webhook with its deliveries. */
    @Override
    public boolean delete(UUID id) {
        for (DeliveryRow row : tables.deliveries.rows(row -> row.delivery().webhookId().equals(id))) {
            tables.deliveryIds.delete(row.delivery().id());
            tables.deliveries.delete(row.delivery().position());
        }
        return tables.webhooks.delete(id);
    }

    @Override
    public void enqueue(List<Delivery> deliveries) {
        for (Delivery d : deliveries) {
            if (!tables.webhooks.contains(d.webhookId())) {
                throw new IllegalStateException("foreign key violated: no webhook " + d.webhookId());
            }
            long position = tables.nextDeliveryPosition();
            tables.deliveryIds.insert(d.id(), position);
            tables.deliveries.insert(position, new DeliveryRow(new Delivery(position, d.id(), d.webhookId(),
                    d.eventType(), d.roomKey(), d.body(), d.status(), 0, Micros.of(d.nextAttemptAt()), null, null,
                    Micros.of(d.createdAt()), null), null));
        }
    }

    /** Queue heads only: a delivery waits for every earlier pending one of its webhook and room. */
    @Override
    public List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        Set<String> queuesWithAPendingHead = new HashSet<>();
        List<Delivery> due = new ArrayList<>();
        for (DeliveryRow row : tables.deliveries.rows()) {
            Delivery d = row.delivery();
            if (d.status() != Delivery.Status.PENDING || !queuesWithAPendingHead.add(d.webhookId() + " " + d.roomKey())) {
                continue;
            }
            boolean leased = row.leaseUntil() != null && !row.leaseUntil().isBefore(now);
            if (!d.nextAttemptAt().isAfter(now) && !leased && due.size() < limit) {
                due.add(d);
            }
        }
        for (Delivery d : due) {
            tables.deliveries.update(d.position(), row -> new DeliveryRow(row.delivery(), Micros.of(leaseUntil)));
        }
        return due;
    }

    @Override
    public void recordAttempt(UUID deliveryId, Delivery.Status status, int attempts, Instant nextAttemptAt,
            Integer lastStatus, String lastError, Instant finishedAt) {
        tables.deliveryIds.find(deliveryId).ifPresent(position -> tables.deliveries.update(position, row -> {
            Delivery d = row.delivery();
            return new DeliveryRow(new Delivery(d.position(), d.id(), d.webhookId(), d.eventType(), d.roomKey(),
                    d.body(), status, attempts, Micros.of(nextAttemptAt), lastStatus, lastError, d.createdAt(),
                    Micros.of(finishedAt)), null);
        }));
    }

    @Override
    public Optional<Delivery> findDelivery(UUID webhookId, UUID deliveryId) {
        return tables.deliveryIds.find(deliveryId).flatMap(tables.deliveries::find).map(DeliveryRow::delivery)
                .filter(d -> d.webhookId().equals(webhookId));
    }

    @Override
    public List<Delivery> deliveries(UUID webhookId, Delivery.Status status, Long beforePosition, int limit) {
        long before = beforePosition == null ? Long.MAX_VALUE : beforePosition;
        return tables.deliveries.rows().reversed().stream().map(DeliveryRow::delivery)
                .filter(d -> d.webhookId().equals(webhookId) && d.position() < before)
                .filter(d -> status == null || d.status() == status)
                .limit(limit).toList();
    }
}
