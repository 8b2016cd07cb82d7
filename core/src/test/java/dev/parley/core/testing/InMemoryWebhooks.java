package dev.parley.core.testing;

import dev.parley.core.webhook.Delivery;
import dev.parley.core.webhook.Webhook;
import dev.parley.core.webhook.WebhookRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link WebhookRepository} over the in-memory {@code webhooks} and {@code webhook_deliveries} tables. */
final class InMemoryWebhooks implements WebhookRepository {
    private final Tables tables;

    InMemoryWebhooks(Tables tables) {
        this.tables = tables;
    }

    @Override
    public void insert(Webhook webhook) {
        tables.webhooks.insert(webhook.id(), micros(webhook));
    }

    @Override
    public void update(Webhook webhook) {
        tables.webhooks.update(webhook.id(), old -> micros(webhook));
    }

    @Override
    public Optional<Webhook> find(UUID id) {
        return tables.webhooks.find(id);
    }

    @Override
    public List<Webhook> all() {
        return tables.webhooks.rows().stream()
                .sorted(Comparator.comparing(Webhook::createdAt).thenComparing(Webhook::id)).toList();
    }

    @Override
    public boolean delete(UUID id) {
        tables.deliveries.deleteIf(row -> row.delivery().webhookId().equals(id));
        return tables.webhooks.delete(id);
    }

    @Override
    public void enqueue(List<Delivery> deliveries) {
        for (Delivery d : deliveries) {
            if (!tables.webhooks.contains(d.webhookId())) {
                throw new IllegalStateException("foreign key violated: no webhook " + d.webhookId());
            }
            long position = tables.nextDeliveryPosition();
            tables.deliveries.insert(position, new Tables.DeliveryRow(new Delivery(position, d.id(), d.webhookId(),
                    d.eventType(), d.roomKey(), d.body(), d.status(), 0, Micros.of(d.nextAttemptAt()), null, null,
                    Micros.of(d.createdAt()), null), null));
        }
    }

    @Override
    public List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<Tables.DeliveryRow> pending = tables.deliveries.rows(row -> row.delivery().status() == Delivery.Status.PENDING);
        List<Delivery> due = pending.stream()
                .filter(row -> tables.webhooks.find(row.delivery().webhookId()).map(Webhook::active).orElse(false))
                .filter(row -> !row.delivery().nextAttemptAt().isAfter(now))
                .filter(row -> row.leaseUntil() == null || row.leaseUntil().isBefore(now))
                .filter(row -> pending.stream().noneMatch(earlier -> sameQueue(earlier.delivery(), row.delivery())
                        && earlier.delivery().position() < row.delivery().position()))
                .map(Tables.DeliveryRow::delivery).limit(limit).toList();
        for (Delivery delivery : due) {
            tables.deliveries.update(delivery.position(), row -> new Tables.DeliveryRow(row.delivery(), leaseUntil));
        }
        return due;
    }

    @Override
    public void recordAttempt(UUID deliveryId, Delivery.Status status, int attempts, Instant nextAttemptAt,
            Integer lastStatus, String lastError, Instant finishedAt) {
        rowOf(deliveryId).ifPresent(row -> tables.deliveries.update(row.delivery().position(), old -> {
            Delivery d = old.delivery();
            return new Tables.DeliveryRow(new Delivery(d.position(), d.id(), d.webhookId(), d.eventType(), d.roomKey(),
                    d.body(), status, attempts, Micros.of(nextAttemptAt), lastStatus, lastError, d.createdAt(),
                    finishedAt == null ? null : Micros.of(finishedAt)), null);
        }));
    }

    @Override
    public Optional<Delivery> findDelivery(UUID webhookId, UUID deliveryId) {
        return rowOf(deliveryId).map(Tables.DeliveryRow::delivery).filter(d -> d.webhookId().equals(webhookId));
    }

    @Override
    public List<Delivery> deliveries(UUID webhookId, Delivery.Status status, Long beforePosition, int limit) {
        long before = beforePosition == null ? Long.MAX_VALUE : beforePosition;
        return tables.deliveries.rows(row -> row.delivery().webhookId().equals(webhookId)
                        && (status == null || row.delivery().status() == status) && row.delivery().position() < before)
                .stream().map(Tables.DeliveryRow::delivery)
                .sorted(Comparator.comparingLong(Delivery::position).reversed()).limit(limit).toList();
    }

    private Optional<Tables.DeliveryRow> rowOf(UUID deliveryId) {
        return tables.deliveries.rows(row -> row.delivery().id().equals(deliveryId)).stream().findFirst();
    }

    private static boolean sameQueue(Delivery a, Delivery b) {
        return a.webhookId().equals(b.webhookId()) && a.roomKey().equals(b.roomKey());
    }

    private static Webhook micros(Webhook w) {
        return new Webhook(w.id(), w.url(), w.events(), w.active(), w.secret(), w.previousSecret(),
                w.previousSecretUntil() == null ? null : Micros.of(w.previousSecretUntil()), w.pausedReason(),
                Micros.of(w.createdAt()), Micros.of(w.updatedAt()));
    }
}
