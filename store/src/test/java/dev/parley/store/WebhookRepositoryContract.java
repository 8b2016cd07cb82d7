package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.webhook.Delivery;
import dev.parley.core.webhook.Webhook;
import dev.parley.core.webhook.WebhookRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Subscriptions and the delivery outbox: queue heads, leases, outcomes, the log. */
public abstract class WebhookRepositoryContract extends StoreContract {

    private Webhook webhook(boolean active) {
        Instant now = TestData.now();
        Webhook webhook = new Webhook(UUID.randomUUID(), "https://receiver.example/hook", List.of("message.new", "read"),
                active, "whsec_c2VjcmV0", null, null, null, now, now);
        store().transaction(repos -> {
            repos.webhooks().insert(webhook);
            return null;
        });
        return webhook;
    }

    private Delivery enqueue(Webhook webhook, String room, String body) {
        Instant now = TestData.now();
        Delivery delivery = new Delivery(0, UUID.randomUUID(), webhook.id(), "message.new", room, body,
                Delivery.Status.PENDING, 0, now, null, null, now, null);
        store().transaction(repos -> {
            repos.webhooks().enqueue(List.of(delivery));
            return null;
        });
        return delivery;
    }

    private java.util.Optional<Webhook> find(UUID id) {
        return store().read(repos -> repos.webhooks().find(id));
    }

    private List<Webhook> all() {
        return store().read(repos -> repos.webhooks().all());
    }

    private List<Delivery> log(UUID webhookId, Delivery.Status status, Long before, int limit) {
        return store().read(repos -> repos.webhooks().deliveries(webhookId, status, before, limit));
    }

    private java.util.Optional<Delivery> findDelivery(UUID webhookId, UUID deliveryId) {
        return store().read(repos -> repos.webhooks().findDelivery(webhookId, deliveryId));
    }

    /** What a claim at {@code now} leases of {@code webhook}'s queue heads (other tests' webhooks share the store). */
    private List<Delivery> claim(Instant now, Webhook webhook) {
        return claim(now, webhook, 1);
    }

    /** What a claim at {@code now} of up to {@code perQueue} deliveries per queue leases of {@code webhook}'s. */
    private List<Delivery> claim(Instant now, Webhook webhook, int perQueue) {
        return store().<List<Delivery>>transaction(repos -> repos.webhooks().claimDue(now, now.plusSeconds(30), 200,
                        perQueue)).stream().filter(delivery -> delivery.webhookId().equals(webhook.id())).toList();
    }

    private void delivered(Instant now, Delivery... deliveries) {
        store().transaction(repos -> {
            repos.webhooks().recordAttempts(java.util.Arrays.stream(deliveries).map(d -> new WebhookRepository.Attempt(
                    d.id(), Delivery.Status.DELIVERED, 1, now, 204, null, now)).toList());
            return null;
        });
    }

    @Test
    void a_subscription_is_stored_changed_and_removed_with_its_deliveries() {
        Webhook webhook = webhook(true);
        assertThat(find(webhook.id())).contains(webhook);
        Webhook paused = new Webhook(webhook.id(), webhook.url(), List.of("*"), false, "whsec_bmV3", webhook.secret(),
                TestData.now().plusSeconds(60), "gone", webhook.createdAt(), TestData.now());
        store().transaction(repos -> {
            repos.webhooks().update(paused);
            return null;
        });
        assertThat(find(webhook.id())).contains(paused);
        enqueue(webhook, "room-a", "{}");

        assertThat(store().<Boolean>transaction(repos -> repos.webhooks().delete(webhook.id()))).isTrue();
        assertThat(all()).doesNotContain(paused);
        assertThat(store().<Boolean>transaction(repos -> repos.webhooks().delete(webhook.id()))).isFalse();
    }

    @Test
    void only_the_head_of_each_webhook_and_room_queue_is_claimed_and_a_lease_keeps_it_from_others() {
        Webhook webhook = webhook(true);
        Delivery a1 = enqueue(webhook, "room-a", "{\"n\":1}");
        enqueue(webhook, "room-a", "{\"n\":2}");
        Delivery b1 = enqueue(webhook, "room-b", "{\"n\":3}");
        Instant now = TestData.now().plusSeconds(1);

        assertThat(claim(now, webhook)).extracting(Delivery::id).containsExactly(a1.id(), b1.id());
        assertThat(claim(now, webhook)).as("leased").isEmpty();
        assertThat(claim(now.plusSeconds(31), webhook)).as("lease expired").extracting(Delivery::id)
                .containsExactly(a1.id(), b1.id());
    }

    @Test
    void a_claim_leases_the_next_deliveries_of_each_queue_in_order_up_to_the_batch_size() {
        Webhook webhook = webhook(true);
        Delivery a1 = enqueue(webhook, "room-a", "{\"n\":1}");
        Delivery b1 = enqueue(webhook, "room-b", "{\"n\":2}");
        Delivery a2 = enqueue(webhook, "room-a", "{\"n\":3}");
        Delivery a3 = enqueue(webhook, "room-a", "{\"n\":4}");
        Instant now = TestData.now().plusSeconds(1);

        assertThat(claim(now, webhook, 2)).extracting(Delivery::id).containsExactly(a1.id(), a2.id(), b1.id());
        assertThat(claim(now, webhook, 2)).as("the rest of room-a waits behind its leased batch").isEmpty();
        delivered(now, a1, a2);
        assertThat(findDelivery(webhook.id(), a2.id()).orElseThrow().status()).isEqualTo(Delivery.Status.DELIVERED);
        assertThat(claim(now, webhook, 2)).extracting(Delivery::id).containsExactly(a3.id());
    }

    @Test
    void a_batch_is_held_by_its_heads_lease_which_its_poster_moves_along_as_it_records_outcomes() {
        Webhook webhook = webhook(true);
        Delivery a1 = enqueue(webhook, "room-a", "{\"n\":1}");
        Delivery a2 = enqueue(webhook, "room-a", "{\"n\":2}");
        Delivery a3 = enqueue(webhook, "room-a", "{\"n\":3}");
        Instant now = TestData.now().plusSeconds(1);
        assertThat(claim(now, webhook, 3)).extracting(Delivery::id).containsExactly(a1.id(), a2.id(), a3.id());

        store().transaction(repos -> {
            repos.webhooks().recordAttempts(List.of(new WebhookRepository.Attempt(a1.id(), Delivery.Status.DELIVERED,
                    1, now, 204, null, now)));
            repos.webhooks().holdQueue(a2.id(), now.plusSeconds(30));
            return null;
        });
        assertThat(claim(now, webhook, 3)).as("the lease moved to the batch's next delivery").isEmpty();
        assertThat(dueAt(webhook, "room-a")).contains(now.plusSeconds(30));

        delivered(now, a2);
        assertThat(claim(now, webhook, 3)).as("a head recorded without moving the lease frees the queue")
                .extracting(Delivery::id).containsExactly(a3.id());
        delivered(now, a3);
        store().transaction(repos -> {
            repos.webhooks().holdQueue(a3.id(), now.plusSeconds(30));
            return null;
        });
        assertThat(dueAt(webhook, "room-a")).as("a delivered delivery takes no lease").isEmpty();
    }

    @Test
    void the_next_batch_of_one_queue_is_leased_only_when_its_head_is_due_and_free() {
        Webhook webhook = webhook(true);
        Delivery a1 = enqueue(webhook, "room-a", "{\"n\":1}");
        Delivery b1 = enqueue(webhook, "room-b", "{\"n\":2}");
        Delivery a2 = enqueue(webhook, "room-a", "{\"n\":3}");
        Delivery a3 = enqueue(webhook, "room-a", "{\"n\":4}");
        Instant now = TestData.now().plusSeconds(1);
        assertThat(claim(now, webhook, 1)).extracting(Delivery::id).containsExactly(a1.id(), b1.id());

        assertThat(claimQueue(webhook, "room-a", now, 2)).as("its head is leased").isEmpty();
        delivered(now, a1);
        assertThat(claimQueue(webhook, "room-a", now, 2)).extracting(Delivery::id).containsExactly(a2.id(), a3.id());
        assertThat(claim(now, webhook, 10)).as("all leased").isEmpty();
        assertThat(claimQueue(webhook, "room-a", now.plusSeconds(31), 5)).as("lease expired")
                .extracting(Delivery::id).containsExactly(a2.id(), a3.id());
    }

    @Test
    void a_queue_says_when_its_next_delivery_may_go_and_nothing_once_it_holds_none() {
        Webhook webhook = webhook(true);
        Delivery first = enqueue(webhook, "room-a", "{\"n\":1}");
        enqueue(webhook, "room-a", "{\"n\":2}");
        Instant now = TestData.now().plusSeconds(1);
        assertThat(dueAt(webhook, "room-a")).contains(first.nextAttemptAt());
        assertThat(dueAt(webhook, "room-b")).isEmpty();

        var claimed = claim(now, webhook, 10);
        assertThat(dueAt(webhook, "room-a")).as("leased until").contains(now.plusSeconds(30));
        store().transaction(repos -> {
            repos.webhooks().recordAttempt(first.id(), Delivery.Status.PENDING, 1, now.plusSeconds(60), 503,
                    "the receiver answered 503", null);
            repos.webhooks().release(List.of(claimed.get(1).id()));
            return null;
        });
        assertThat(dueAt(webhook, "room-a")).as("its retry").contains(now.plusSeconds(60));
        store().transaction(repos -> {
            repos.webhooks().recordAttempts(claimed.stream().map(d -> new WebhookRepository.Attempt(d.id(),
                    Delivery.Status.DELIVERED, 2, now, 204, null, now)).toList());
            return null;
        });
        assertThat(dueAt(webhook, "room-a")).as("all delivered").isEmpty();
    }

    private java.util.Optional<Instant> dueAt(Webhook webhook, String room) {
        return store().read(repos -> repos.webhooks().queueDueAt(webhook.id(), room));
    }

    private List<Delivery> claimQueue(Webhook webhook, String room, Instant now, int perQueue) {
        return store().<List<Delivery>>transaction(repos -> repos.webhooks().claimQueue(webhook.id(), room, now,
                now.plusSeconds(30), perQueue));
    }

    @Test
    void released_deliveries_are_claimed_again_at_once_and_a_retry_holds_back_the_rest_of_its_batch() {
        Webhook webhook = webhook(true);
        Delivery first = enqueue(webhook, "room-a", "{\"n\":1}");
        Delivery second = enqueue(webhook, "room-a", "{\"n\":2}");
        Delivery third = enqueue(webhook, "room-a", "{\"n\":3}");
        Instant now = TestData.now().plusSeconds(1);
        assertThat(claim(now, webhook, 10)).hasSize(3);
        store().transaction(repos -> {
            repos.webhooks().recordAttempt(first.id(), Delivery.Status.PENDING, 1, now.plusSeconds(60), 503,
                    "the receiver answered 503", null);
            repos.webhooks().release(List.of(second.id(), third.id()));
            return null;
        });

        assertThat(claim(now.plusSeconds(10), webhook, 10)).as("all wait for the retry of the first").isEmpty();
        assertThat(claim(now.plusSeconds(61), webhook, 10)).extracting(Delivery::id)
                .containsExactly(first.id(), second.id(), third.id());
    }

    @Test
    void a_delivered_head_lets_the_next_one_through_and_a_retry_waits_for_its_time() {
        Webhook webhook = webhook(true);
        Delivery first = enqueue(webhook, "room-a", "{\"n\":1}");
        Delivery second = enqueue(webhook, "room-a", "{\"n\":2}");
        Instant now = TestData.now().plusSeconds(1);
        claim(now, webhook);
        store().transaction(repos -> {
            repos.webhooks().recordAttempt(first.id(), Delivery.Status.DELIVERED, 1, now, 204, null, now);
            return null;
        });
        assertThat(claim(now, webhook)).extracting(Delivery::id).containsExactly(second.id());
        store().transaction(repos -> {
            repos.webhooks().recordAttempt(second.id(), Delivery.Status.PENDING, 1, now.plusSeconds(60), 503,
                    "the receiver answered 503", null);
            return null;
        });
        assertThat(claim(now.plusSeconds(10), webhook)).isEmpty();
        var retried = claim(now.plusSeconds(61), webhook);
        assertThat(retried).hasSize(1);
        assertThat(retried.getFirst().attempts()).isEqualTo(1);
        assertThat(retried.getFirst().lastStatus()).isEqualTo(503);
        assertThat(retried.getFirst().body()).isEqualTo("{\"n\":2}");
    }

    @Test
    void deliveries_of_a_paused_webhook_wait_and_the_log_lists_newest_first_by_status() {
        Webhook paused = webhook(false);
        Delivery only = enqueue(paused, "room-a", "{}");
        assertThat(claim(TestData.now().plusSeconds(1), paused)).isEmpty();

        Webhook active = webhook(true);
        Delivery older = enqueue(active, "room-a", "{}");
        Delivery newer = enqueue(active, "room-b", "{}");
        Instant now = TestData.now().plusSeconds(1);
        store().transaction(repos -> {
            repos.webhooks().recordAttempt(older.id(), Delivery.Status.DEAD, 3, now, 500, "gave up", now);
            return null;
        });
        assertThat(log(active.id(), null, null, 10))
                .extracting(Delivery::id).containsExactly(newer.id(), older.id());
        var dead = store().read(repos -> repos.webhooks().deliveries(active.id(), Delivery.Status.DEAD, null, 10));
        assertThat(dead).extracting(Delivery::id).containsExactly(older.id());
        assertThat(dead.getFirst().lastError()).isEqualTo("gave up");
        long position = log(active.id(), null, null, 1).getFirst().position();
        assertThat(log(active.id(), null, position, 10))
                .extracting(Delivery::id).containsExactly(older.id());
        assertThat(findDelivery(paused.id(), only.id())).isPresent();
        assertThat(findDelivery(active.id(), only.id())).isEmpty();
    }
}
