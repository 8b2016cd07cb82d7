package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.webhook.Delivery;
import dev.parley.core.webhook.Webhook;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Webhook subscriptions and their outbox: one queue per webhook and room, delivered head first. */
public abstract class WebhookRepositoryContract extends StoreContract {

    @Test
    void a_webhook_is_stored_updated_and_deleted_with_its_deliveries() {
        Webhook webhook = webhook();
        Delivery delivery = enqueue(webhook, "room-a", TestData.now());
        Webhook paused = new Webhook(webhook.id(), "https://example.com/other", List.of("*"), false, "s2", "s1",
                TestData.now().plusSeconds(60), "410 Gone", Instant.EPOCH, TestData.now());

        store().transaction(repos -> {
            repos.webhooks().update(paused);
            return null;
        });

        Webhook stored = store().read(repos -> repos.webhooks().find(webhook.id())).orElseThrow();
        assertThat(stored).isEqualTo(new Webhook(paused.id(), paused.url(), paused.events(), false, "s2", "s1",
                paused.previousSecretUntil(), "410 Gone", webhook.createdAt(), paused.updatedAt()));
        boolean deleted = store().transaction(repos -> repos.webhooks().delete(webhook.id()));
        assertThat(deleted).isTrue();
        Optional<Delivery> gone = store().read(repos -> repos.webhooks().findDelivery(webhook.id(), delivery.id()));
        assertThat(gone).isEmpty();
        boolean again = store().transaction(repos -> repos.webhooks().delete(webhook.id()));
        assertThat(again).isFalse();
    }

    @Test
    void only_the_head_of_each_webhook_and_room_queue_is_due_and_a_lease_hides_it() {
        Webhook webhook = webhook();
        Instant now = TestData.now();
        Delivery first = enqueue(webhook, "room-a", now);
        enqueue(webhook, "room-a", now);
        Delivery otherRoom = enqueue(webhook, "room-b", now);
        enqueue(webhook, "room-c", now.plusSeconds(60));

        List<Delivery> due = claim(webhook, now, now.plusSeconds(30));
        List<Delivery> whileLeased = claim(webhook, now.plusSeconds(1), now.plusSeconds(31));
        List<Delivery> afterTheLease = claim(webhook, now.plusSeconds(31), now.plusSeconds(61));

        assertThat(due).extracting(Delivery::id).containsExactly(first.id(), otherRoom.id());
        assertThat(whileLeased).isEmpty();
        assertThat(afterTheLease).extracting(Delivery::id).containsExactly(first.id(), otherRoom.id());
    }

    @Test
    void a_finished_head_lets_the_next_one_through_and_attempts_are_recorded() {
        Webhook webhook = webhook();
        Instant now = TestData.now();
        Delivery first = enqueue(webhook, "room-a", now);
        Delivery second = enqueue(webhook, "room-a", now);
        claim(webhook, now, now.plusSeconds(30));

        store().transaction(repos -> {
            repos.webhooks().recordAttempt(first.id(), Delivery.Status.DELIVERED, 1, now, 200, null, now);
            return null;
        });

        assertThat(claim(webhook, now, now.plusSeconds(30))).extracting(Delivery::id).containsExactly(second.id());
        Delivery recorded = store().read(repos -> repos.webhooks().findDelivery(webhook.id(), first.id())).orElseThrow();
        assertThat(recorded.status()).isEqualTo(Delivery.Status.DELIVERED);
        assertThat(recorded.attempts()).isEqualTo(1);
        assertThat(recorded.lastStatus()).isEqualTo(200);
        assertThat(recorded.finishedAt()).isEqualTo(now);
    }

    @Test
    void deliveries_are_listed_newest_first_by_status_and_position() {
        Webhook webhook = webhook();
        Instant now = TestData.now();
        Delivery first = enqueue(webhook, "room-a", now);
        Delivery second = enqueue(webhook, "room-b", now);
        Delivery third = enqueue(webhook, "room-c", now);
        store().transaction(repos -> {
            repos.webhooks().recordAttempt(second.id(), Delivery.Status.DEAD, 5, now, 500, "boom", now);
            return null;
        });

        List<Delivery> all = store().read(repos -> repos.webhooks().deliveries(webhook.id(), null, null, 10));
        List<Delivery> older = store().read(repos -> repos.webhooks().deliveries(webhook.id(), null,
                third.position(), 1));
        List<Delivery> dead = store().read(repos -> repos.webhooks().deliveries(webhook.id(), Delivery.Status.DEAD,
                null, 10));

        assertThat(all).extracting(Delivery::id).containsExactly(third.id(), second.id(), first.id());
        assertThat(older).extracting(Delivery::id).containsExactly(second.id());
        assertThat(dead).extracting(Delivery::id).containsExactly(second.id());
    }

    private Webhook webhook() {
        Instant now = TestData.now();
        Webhook webhook = new Webhook(data().nextId(), "https://example.com/hook", List.of("message.new"), true, "s1",
                null, null, null, now, now);
        store().transaction(repos -> {
            repos.webhooks().insert(webhook);
            return null;
        });
        return webhook;
    }

    private Delivery enqueue(Webhook webhook, String roomKey, Instant nextAttemptAt) {
        UUID id = data().nextId();
        store().transaction(repos -> {
            repos.webhooks().enqueue(List.of(new Delivery(0, id, webhook.id(), "message.new", roomKey, "{}",
                    Delivery.Status.PENDING, 0, nextAttemptAt, null, null, TestData.now(), null)));
            return null;
        });
        return store().read(repos -> repos.webhooks().findDelivery(webhook.id(), id)).orElseThrow();
    }

    /** Claims what is due and returns what of it is {@code webhook}'s (other tests' deliveries share the store). */
    private List<Delivery> claim(Webhook webhook, Instant now, Instant leaseUntil) {
        return store().transaction(repos -> repos.webhooks().claimDue(now, leaseUntil, 1000)).stream()
                .filter(delivery -> delivery.webhookId().equals(webhook.id())).toList();
    }
}
