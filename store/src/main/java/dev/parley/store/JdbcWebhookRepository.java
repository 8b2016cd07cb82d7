package dev.parley.store;

import dev.parley.core.webhook.Delivery;
import dev.parley.core.webhook.Webhook;
import dev.parley.core.webhook.WebhookRepository;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link WebhookRepository} over {@code webhooks} and {@code webhook_deliveries}, bound to one connection. */
final class JdbcWebhookRepository implements WebhookRepository {
    private static final String WEBHOOK = """
            SELECT id, url, events, active, secret, previous_secret, previous_secret_until, paused_reason, created_at,
                   updated_at FROM webhooks""";
    private static final String DELIVERY_COLUMNS = """
            SELECT position, id, webhook_id, event_type, room_key, body, status, attempts, next_attempt_at, last_status,
                   last_error, created_at, finished_at""";
    private static final String DELIVERY = DELIVERY_COLUMNS + " FROM webhook_deliveries";
    /** Queue heads only: a delivery waits for every earlier pending one of its webhook and room. */
    private static final String DUE = DELIVERY + """
             d WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND (d.lease_until IS NULL OR d.lease_until < ?)
              AND EXISTS (SELECT 1 FROM webhooks w WHERE w.id = d.webhook_id AND w.active)
              AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e WHERE e.webhook_id = d.webhook_id
                              AND e.room_key = d.room_key AND e.status = 'pending' AND e.position < d.position)
            ORDER BY d.position LIMIT ? FOR UPDATE SKIP LOCKED""";
    /**
     * A queue's order, named as the queue index runs (the first three are fixed by the query): H2
     * then reads the index in order and stops at the limit, where {@code ORDER BY position} alone
     * makes it read and sort every pending delivery of the queue first.
     */
    private static final String QUEUE_ORDER = "ORDER BY webhook_id, room_key, status, position";
    /**
     * The pending deliveries after a queue head, in order (no lock and no lease of their own:
     * claimers of the queue are serialised on its head's row lock, and the head's lease holds the
     * whole queue — its poster moves the lease along as it records outcomes).
     */
    private static final String NEXT_IN_QUEUE = DELIVERY_COLUMNS + """
            , lease_until FROM webhook_deliveries
            WHERE webhook_id = ? AND room_key = ? AND status = 'pending' AND position > ?
            """ + QUEUE_ORDER + " LIMIT ?";

    /** The first pending delivery of one queue, with its lease. */
    private static final String FIRST_IN_QUEUE = DELIVERY_COLUMNS + """
            , lease_until FROM webhook_deliveries
            WHERE webhook_id = ? AND room_key = ? AND status = 'pending'
            """ + QUEUE_ORDER + " LIMIT 1";
    /** That delivery, still pending, its webhook active, locked unless another claim holds it. */
    private static final String LOCK_HEAD = DELIVERY
            + " d WHERE d.position = ? AND d.status = 'pending' AND (d.lease_until IS NULL OR d.lease_until < ?)"
            + " AND EXISTS (SELECT 1 FROM webhooks w WHERE w.id = ? AND w.active) FOR UPDATE SKIP LOCKED";

    private final Sql sql;

    JdbcWebhookRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(Webhook webhook) {
        sql.update("""
                INSERT INTO webhooks (id, url, events, active, secret, previous_secret, previous_secret_until,
                                      paused_reason, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                webhook.id(), webhook.url(), String.join(",", webhook.events()), webhook.active(), webhook.secret(),
                webhook.previousSecret(), webhook.previousSecretUntil(), webhook.pausedReason(), webhook.createdAt(),
                webhook.updatedAt());
    }

    @Override
    public void update(Webhook webhook) {
        sql.update("""
                UPDATE webhooks SET url = ?, events = ?, active = ?, secret = ?, previous_secret = ?,
                                    previous_secret_until = ?, paused_reason = ?, updated_at = ?
                WHERE id = ?""",
                webhook.url(), String.join(",", webhook.events()), webhook.active(), webhook.secret(),
                webhook.previousSecret(), webhook.previousSecretUntil(), webhook.pausedReason(), webhook.updatedAt(),
                webhook.id());
    }

    @Override
    public Optional<Webhook> find(UUID id) {
        return sql.one(WEBHOOK + " WHERE id = ?", JdbcWebhookRepository::webhook, id);
    }

    @Override
    public List<Webhook> all() {
        return sql.list(WEBHOOK + " ORDER BY created_at, id", JdbcWebhookRepository::webhook);
    }

    @Override
    public boolean delete(UUID id) {
        return sql.update("DELETE FROM webhooks WHERE id = ?", id) == 1;
    }

    @Override
    public void enqueue(List<Delivery> deliveries) {
        sql.batch("""
                INSERT INTO webhook_deliveries (id, webhook_id, event_type, room_key, body, status, attempts,
                                                next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)""",
                deliveries.stream().map(d -> new Object[] {d.id(), d.webhookId(), d.eventType(), d.roomKey(), d.body(),
                        d.status().wireName(), d.nextAttemptAt(), d.createdAt()}).toList());
    }

    @Override
    public List<Delivery> claimDue(Instant now, Instant leaseUntil, int queues, int perQueue) {
        List<Delivery> heads = sql.list(DUE, JdbcWebhookRepository::delivery, now, now, queues);
        List<Delivery> claimed = new ArrayList<>();
        for (Delivery head : heads) {
            claimed.addAll(batchFrom(head, now, perQueue));
        }
        lease(heads, leaseUntil);
        return claimed;
    }

    @Override
    public List<Delivery> claimQueue(UUID webhookId, String roomKey, Instant now, Instant leaseUntil, int perQueue) {
        Optional<Leased> first = sql.one(FIRST_IN_QUEUE, JdbcWebhookRepository::leased, webhookId, roomKey);
        if (first.isEmpty() || !due(first.get(), now)) {
            return List.of();
        }
        Optional<Delivery> head = sql.one(LOCK_HEAD, JdbcWebhookRepository::delivery, first.get().delivery().position(),
                now, webhookId);
        head.ifPresent(found -> holdQueue(found.id(), leaseUntil));
        return head.map(found -> batchFrom(found, now, perQueue)).orElse(List.of());
    }

    @Override
    public Optional<Instant> queueDueAt(UUID webhookId, String roomKey) {
        return sql.one(FIRST_IN_QUEUE, JdbcWebhookRepository::leased, webhookId, roomKey).map(first -> {
            Instant next = first.delivery().nextAttemptAt();
            return first.leaseUntil() != null && first.leaseUntil().isAfter(next) ? first.leaseUntil() : next;
        });
    }

    /** {@code head} and the pending deliveries right after it that may go with it (due, not leased). */
    private List<Delivery> batchFrom(Delivery head, Instant now, int perQueue) {
        List<Delivery> batch = new ArrayList<>();
        batch.add(head);
        if (perQueue > 1) {
            for (Leased next : sql.list(NEXT_IN_QUEUE, JdbcWebhookRepository::leased, head.webhookId(), head.roomKey(),
                    head.position(), perQueue - 1)) {
                if (!due(next, now)) {
                    break;
                }
                batch.add(next.delivery());
            }
        }
        return batch;
    }

    private static boolean due(Leased delivery, Instant now) {
        return !delivery.delivery().nextAttemptAt().isAfter(now)
                && (delivery.leaseUntil() == null || delivery.leaseUntil().isBefore(now));
    }

    @Override
    public void holdQueue(UUID deliveryId, Instant leaseUntil) {
        sql.update("UPDATE webhook_deliveries SET lease_until = ? WHERE id = ? AND status = 'pending'", leaseUntil,
                deliveryId);
    }

    private void lease(List<Delivery> heads, Instant leaseUntil) {
        for (List<Delivery> chunk : SqlValues.inListChunks(heads)) {
            sql.update("UPDATE webhook_deliveries SET lease_until = ? WHERE position IN ("
                    + SqlValues.placeholders(chunk.size()) + ")", leaseParameters(leaseUntil, chunk));
        }
    }

    /** A delivery with the lease another node may hold on it. */
    private record Leased(Delivery delivery, Instant leaseUntil) {
    }

    private static Leased leased(ResultSet row) throws SQLException {
        return new Leased(delivery(row), SqlValues.instant(row, "lease_until"));
    }

    private static Object[] leaseParameters(Instant leaseUntil, List<Delivery> deliveries) {
        Object[] parameters = new Object[deliveries.size() + 1];
        parameters[0] = leaseUntil;
        for (int i = 0; i < deliveries.size(); i++) {
            parameters[i + 1] = deliveries.get(i).position();
        }
        return parameters;
    }

    @Override
    public void recordAttempts(List<Attempt> attempts) {
        sql.batch("""
                UPDATE webhook_deliveries SET status = ?, attempts = ?, next_attempt_at = ?, lease_until = NULL,
                                              last_status = ?, last_error = ?, finished_at = ?
                WHERE id = ?""",
                attempts.stream().map(a -> new Object[] {a.status().wireName(), a.attempts(), a.nextAttemptAt(),
                        a.lastStatus(), a.lastError(), a.finishedAt(), a.deliveryId()}).toList());
    }

    @Override
    public void release(List<UUID> deliveryIds) {
        for (List<UUID> chunk : SqlValues.inListChunks(deliveryIds)) {
            sql.update("UPDATE webhook_deliveries SET lease_until = NULL WHERE lease_until IS NOT NULL AND id IN ("
                    + SqlValues.placeholders(chunk.size()) + ")", chunk.toArray());
        }
    }

    @Override
    public Optional<Delivery> findDelivery(UUID webhookId, UUID deliveryId) {
        return sql.one(DELIVERY + " WHERE webhook_id = ? AND id = ?", JdbcWebhookRepository::delivery, webhookId,
                deliveryId);
    }

    @Override
    public List<Delivery> deliveries(UUID webhookId, Delivery.Status status, Long beforePosition, int limit) {
        long before = beforePosition == null ? Long.MAX_VALUE : beforePosition;
        if (status == null) {
            return sql.list(DELIVERY + " WHERE webhook_id = ? AND position < ? ORDER BY position DESC LIMIT ?",
                    JdbcWebhookRepository::delivery, webhookId, before, limit);
        }
        return sql.list(DELIVERY + " WHERE webhook_id = ? AND status = ? AND position < ? ORDER BY position DESC LIMIT ?",
                JdbcWebhookRepository::delivery, webhookId, status.wireName(), before, limit);
    }

    private static Webhook webhook(ResultSet row) throws SQLException {
        String events = row.getString("events");
        return new Webhook(SqlValues.uuid(row, "id"), row.getString("url"),
                events.isEmpty() ? List.of() : Arrays.asList(events.split(",")), row.getBoolean("active"),
                row.getString("secret"), row.getString("previous_secret"), SqlValues.instant(row, "previous_secret_until"),
                row.getString("paused_reason"), SqlValues.instant(row, "created_at"), SqlValues.instant(row, "updated_at"));
    }

    private static Delivery delivery(ResultSet row) throws SQLException {
        int lastStatus = row.getInt("last_status");
        Integer status = row.wasNull() ? null : lastStatus;
        return new Delivery(row.getLong("position"), SqlValues.uuid(row, "id"), SqlValues.uuid(row, "webhook_id"),
                row.getString("event_type"), row.getString("room_key"), row.getString("body"),
                Delivery.Status.parse(row.getString("status")), row.getInt("attempts"),
                SqlValues.instant(row, "next_attempt_at"), status,
                row.getString("last_error"), SqlValues.instant(row, "created_at"), SqlValues.instant(row, "finished_at"));
    }
}
