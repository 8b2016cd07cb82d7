package dev.parley.core.webhook;

import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Admins;
import dev.parley.core.error.Constraints;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.id.Uuids;
import dev.parley.core.page.Cursor;
import dev.parley.core.page.Page;
import dev.parley.core.page.PageRequest;
import dev.parley.core.store.Repositories;
import dev.parley.core.store.Transactor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Webhook subscriptions (app admins: the API secret, or a user with app role admin): subscribe,
 * change, pause, remove, rotate the secret (the old one keeps signing for
 * {@link #ROTATION_OVERLAP}), read the delivery log and send a delivery again. Subscribing,
 * changing, removing and rotating are audited ({@code webhook.create}, {@code webhook.update},
 * {@code webhook.delete}, {@code webhook.rotate_secret}) in the same transaction.
 */
public final class WebhookService {
    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);
    public static final int MAX_URL = 2048;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a subscription changes; null fields stay as they are. */
    public record Patch(String url, List<String> events, Boolean active) {
    }

    private final Transactor store;
    private final WebhookDirectory directory;
    private final Destinations destinations;
    private final AuditTrail audit;
    private final IdGenerator ids;
    private final Clock clock;

    public WebhookService(Transactor store, WebhookDirectory directory, Destinations destinations, AuditTrail audit,
            IdGenerator ids, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.destinations = destinations;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** Subscribes {@code url} to {@code events}; the returned webhook carries its secret, shown this once. */
    public Webhook create(Actor actor, String url, List<String> events, Boolean active) {
        Admins.check(actor, "manage webhooks");
        String checkedUrl = checkUrl(url);
        List<String> checkedEvents = checkEvents(events);
        Instant now = clock.instant();
        Webhook webhook = new Webhook(ids.next(), checkedUrl, checkedEvents, active == null || active, newSecret(),
                null, null, null, now, now);
        store.write(repos -> {
            repos.webhooks().insert(webhook);
            audit.write(repos, actor, "webhook.create", "webhook", webhook.id().toString(), null, describe(webhook));
            return null;
        });
        directory.reload();
        return webhook;
    }

    public List<Webhook> list(Actor actor) {
        Admins.check(actor, "manage webhooks");
        return store.read(repos -> repos.webhooks().all());
    }

    public Webhook get(Actor actor, String id) {
        Admins.check(actor, "manage webhooks");
        UUID webhookId = Uuids.parse("webhookId", id);
        return store.read(repos -> find(repos, webhookId));
    }

    /** Changes the URL, the events or the active flag; turning a paused webhook on again clears why it paused. */
    public Webhook update(Actor actor, String id, Patch patch) {
        Admins.check(actor, "manage webhooks");
        UUID webhookId = Uuids.parse("webhookId", id);
        String url = patch.url() == null ? null : checkUrl(patch.url());
        List<String> events = patch.events() == null ? null : checkEvents(patch.events());
        Webhook updated = store.write(repos -> {
            Webhook old = find(repos, webhookId);
            boolean active = patch.active() == null ? old.active() : patch.active();
            Webhook changed = new Webhook(old.id(), url == null ? old.url() : url, events == null ? old.events() : events,
                    active, old.secret(), old.previousSecret(), old.previousSecretUntil(),
                    active ? null : old.pausedReason(), old.createdAt(), clock.instant());
            if (!changed.equals(withUpdatedAt(old, changed.updatedAt()))) {
                repos.webhooks().update(changed);
                audit.write(repos, actor, "webhook.update", "webhook", old.id().toString(), describe(old),
                        describe(changed));
                return changed;
            }
            return old;
        });
        directory.reload();
        return updated;
    }

    public void delete(Actor actor, String id) {
        Admins.check(actor, "manage webhooks");
        UUID webhookId = Uuids.parse("webhookId", id);
        store.write(repos -> {
            Webhook old = find(repos, webhookId);
            if (!repos.webhooks().delete(webhookId)) {
                throw notFound();
            }
            audit.write(repos, actor, "webhook.delete", "webhook", old.id().toString(), describe(old), null);
            return null;
        });
        directory.reload();
    }

    /** A new secret; the old one still signs deliveries (beside the new) for 24 hours. */
    public Webhook rotateSecret(Actor actor, String id) {
        Admins.check(actor, "manage webhooks");
        UUID webhookId = Uuids.parse("webhookId", id);
        Instant now = clock.instant();
        Webhook rotated = store.write(repos -> {
            Webhook old = find(repos, webhookId);
            Webhook changed = new Webhook(old.id(), old.url(), old.events(), old.active(), newSecret(), old.secret(),
                    now.plus(ROTATION_OVERLAP), old.pausedReason(), old.createdAt(), now);
            repos.webhooks().update(changed);
            audit.write(repos, actor, "webhook.rotate_secret", "webhook", old.id().toString(), null,
                    "new secret; the old one signs beside it until " + changed.previousSecretUntil());
            return changed;
        });
        directory.reload();
        return rotated;
    }

    /** The delivery log of a webhook, newest first; {@code status} null lists all. */
    public Page<Delivery> deliveries(Actor actor, String id, String status, PageRequest page) {
        Admins.check(actor, "read webhook deliveries");
        UUID webhookId = Uuids.parse("webhookId", id);
        Delivery.Status wanted = status == null || status.isEmpty() ? null : Delivery.Status.parse(status);
        var position = Cursor.decode(page.after(), 1);
        Long before = position == null ? null : parsePosition(position.getFirst());
        List<Delivery> rows = store.read(repos -> {
            find(repos, webhookId);
            return repos.webhooks().deliveries(webhookId, wanted, before, page.limit() + 1);
        });
        return Page.of(rows, page.limit(), delivery -> Cursor.encode(Long.toString(delivery.position())));
    }

    /** Sends a delivery again (a dead letter, or one still retrying): due now, with a fresh retry schedule. */
    public Delivery retry(Actor actor, String id, String deliveryId) {
        Admins.check(actor, "retry webhook deliveries");
        UUID webhookId = Uuids.parse("webhookId", id);
        UUID delivery = Uuids.parse("deliveryId", deliveryId);
        Instant now = clock.instant();
        return store.write(repos -> {
            find(repos, webhookId);
            Delivery found = repos.webhooks().findDelivery(webhookId, delivery)
                    .orElseThrow(() -> new ParleyException(ErrorCode.DELIVERY_NOT_FOUND, "no such delivery of this webhook"));
            repos.webhooks().recordAttempt(found.id(), Delivery.Status.PENDING, 0, now, found.lastStatus(),
                    found.lastError(), null);
            return repos.webhooks().findDelivery(webhookId, delivery).orElseThrow();
        });
    }

    private String checkUrl(String url) {
        String checked = Constraints.checkText("url", url, 1, MAX_URL);
        destinations.check(checked);
        return checked;
    }

    private static List<String> checkEvents(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw ParleyException.invalid("events must name at least one event type, or \"*\" for all");
        }
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String event : events) {
            if (event == null || !(Webhook.ALL.equals(event) || WebhookEvents.TYPES.contains(event))) {
                throw ParleyException.invalid("unknown event type " + (event == null ? "null" : "'" + event + "'")
                        + "; known: " + String.join(", ", WebhookEvents.TYPES) + ", or \"*\"");
            }
            unique.add(event);
        }
        return List.copyOf(unique);
    }

    /** What the audit log keeps of a subscription: never its secret. */
    private static String describe(Webhook webhook) {
        return webhook.url() + ", events: " + String.join(", ", webhook.events())
                + (webhook.active() ? ", active" : ", paused");
    }

    private static Webhook find(Repositories repos, UUID id) {
        return repos.webhooks().find(id).orElseThrow(WebhookService::notFound);
    }

    private static ParleyException notFound() {
        return new ParleyException(ErrorCode.WEBHOOK_NOT_FOUND, "no such webhook");
    }

    private static Webhook withUpdatedAt(Webhook webhook, Instant at) {
        return new Webhook(webhook.id(), webhook.url(), webhook.events(), webhook.active(), webhook.secret(),
                webhook.previousSecret(), webhook.previousSecretUntil(), webhook.pausedReason(), webhook.createdAt(), at);
    }

    private static Long parsePosition(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw Cursor.invalid();
        }
    }

    static String newSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
