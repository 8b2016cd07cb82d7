package dev.parley.core.testing;

import dev.parley.core.webhook.Delivery;
import dev.parley.core.webhook.Webhook;
import dev.parley.core.webhook.WebhookRepository;
import java.time.Instant;
import java.util.ArrayList;
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
    public List<Delivery> claimDue(Instant now, Instant leaseUntil, int queues, int perQueue) {
        List<Tables.DeliveryRow> pending = tables.deliveries.rows(row -> row.delivery().status() == Delivery.Status.PENDING)
                .stream().sorted(Comparator.comparingLong(row -> row.delivery().position())).toList();
        List<Tables.DeliveryRow> heads = pending.stream()
                .filter(row -> tables.webhooks.find(row.delivery().webhookId()).map(Webhook::active).orElse(false))
                .filter(row -> due(row, now))
                .filter(row -> pending.stream().noneMatch(earlier -> sameQueue(earlier.delivery(), row.delivery())
                        && earlier.delivery().position() < row.delivery().position()))
                .limit(queues).toList();
        List<Delivery> claimed = new ArrayList<>();
        for (Tables.DeliveryRow head : heads) {
            pending.stream().filter(row -> sameQueue(row.delivery(), head.delivery())).limit(perQueue)
                    .takeWhile(row -> due(row, now)).forEach(row -> claimed.add(row.delivery()));
            holdQueue(head.delivery().id(), leaseUntil);
        }
        return claimed;
    }

    @Override
    public List<Delivery> claimQueue(UUID webhookId, String roomKey, Instant now, Instant leaseUntil, int perQueue) {
        boolean active = tables.webhooks.find(webhookId).map(Webhook::active).orElse(false);
        List<Tables.DeliveryRow> queue = tables.deliveries.rows(row -> row.delivery().status() == Delivery.Status.PENDING
                        && row.delivery().webhookId().equals(webhookId) && row.delivery().roomKey().equals(roomKey))
                .stream().sorted(Comparator.comparingLong(row -> row.delivery().position())).toList();
        List<Delivery> claimed = active ? queue.stream().limit(perQueue).takeWhile(row -> due(row, now))
                .map(Tables.DeliveryRow::delivery).toList() : List.of();
        if (!claimed.isEmpty()) {
            holdQueue(claimed.getFirst().id(), leaseUntil);
        }
        return claimed;
    }

    @Override
    public void holdQueue(UUID deliveryId, Instant leaseUntil) {
        rowOf(deliveryId).filter(row -> row.delivery().status() == Delivery.Status.PENDING).ifPresent(row ->
                tables.deliveries.update(row.delivery().position(), old -> new Tables.DeliveryRow(old.delivery(),
                        leaseUntil)));
    }

    @Override
    public Optional<Instant> queueDueAt(UUID webhookId, String roomKey) {
        return tables.deliveries.rows(row -> row.delivery().status() == Delivery.Status.PENDING
                        && row.delivery().webhookId().equals(webhookId) && row.delivery().roomKey().equals(roomKey))
                .stream().min(Comparator.comparingLong(row -> row.delivery().position())).map(row -> {
                    Instant next = row.delivery().nextAttemptAt();
                    return row.leaseUntil() != null && row.leaseUntil().isAfter(next) ? row.leaseUntil() : next;
                });
    }

    private static boolean due(Tables.DeliveryRow row, Instant now) {
        return !row.delivery().nextAttemptAt().isAfter(now) && (row.leaseUntil() == null || row.leaseUntil().isBefore(now));
    }

    @Override
    public void recordAttempts(List<Attempt> attempts) {
        for (Attempt a : attempts) {
            rowOf(a.deliveryId()).ifPresent(row -> tables.deliveries.update(row.delivery().position(), old -> {
                Delivery d = old.delivery();
                return new Tables.DeliveryRow(new Delivery(d.position(), d.id(), d.webhookId(), d.eventType(),
                        d.roomKey(), d.body(), a.status(), a.attempts(), Micros.of(a.nextAttemptAt()), a.lastStatus(),
                        a.lastError(), d.createdAt(), a.finishedAt() == null ? null : Micros.of(a.finishedAt())), null);
            }));
        }
    }

    @Override
    public void release(List<UUID> deliveryIds) {
        for (UUID id : deliveryIds) {
            rowOf(id).ifPresent(row -> tables.deliveries.update(row.delivery().position(),
                    old -> new Tables.DeliveryRow(old.delivery(), null)));
        }
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
