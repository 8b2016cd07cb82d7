package dev.parley.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.event.Event;
import dev.parley.core.webhook.EventPayloads;
import dev.parley.core.webhook.Webhook;
import dev.parley.core.webhook.WebhookDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which (webhook, room) queues the dispatcher looks at, learnt from the bus's events. */
class QueueCandidatesTest {
    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private final UUID room = UUID.randomUUID();
    private final List<Webhook> subscriptions = new ArrayList<>();
    private final WebhookDirectory directory = new WebhookDirectory(() -> List.copyOf(subscriptions));
    private final QueueCandidates candidates = new QueueCandidates(directory, new EventPayloads() {
        @Override
        public Optional<Payload> of(Event event) {
            throw new AssertionError("a candidate needs the route only, not the data");
        }

        @Override
        public Optional<Route> route(Event event) {
            return event instanceof Event.Typing ? Optional.empty()
                    : Optional.of(new Route("member.removed", ((Event.RoomEvent) event).roomId().toString()));
        }

        @Override
        public String body(UUID id, Payload payload, Instant createdAt) {
            throw new AssertionError();
        }
    });

    private Webhook subscribe(boolean active, String... events) {
        var webhook = new Webhook(UUID.randomUUID(), "https://hooks.example.com/", List.of(events), active, "whsec_x",
                null, null, null, NOW, NOW);
        subscriptions.add(webhook);
        directory.reload();
        return webhook;
    }

    private Event removed() {
        return new Event.MemberRemoved(room, 3, "bob");
    }

    @Test
    void an_event_makes_the_queues_of_the_subscriptions_that_want_it_candidates_once() {
        var all = subscribe(true, "*");
        var members = subscribe(true, "member.removed");
        subscribe(true, "message.new");
        subscribe(false, "*");

        candidates.heard(removed());
        candidates.heard(removed());
        candidates.heard(new Event.Typing(room, 3, "ana"));

        assertThat(candidates.due(NOW, 10)).containsExactly(new QueueCandidates.Key(all.id(), room.toString()),
                new QueueCandidates.Key(members.id(), room.toString()));
    }

    @Test
    void a_queue_found_empty_is_dropped_one_that_waits_comes_back_when_due_one_handed_back_is_due_at_once() {
        var webhook = subscribe(true, "*");
        var key = new QueueCandidates.Key(webhook.id(), room.toString());
        candidates.heard(removed());
        assertThat(candidates.due(NOW, 10)).containsExactly(key);

        candidates.waitUntil(key, NOW.plusSeconds(30));
        assertThat(candidates.due(NOW, 10)).isEmpty();
        assertThat(candidates.due(NOW.plusSeconds(30), 10)).containsExactly(key);

        candidates.drop(key);
        assertThat(candidates.due(NOW.plusSeconds(60), 10)).isEmpty();
        candidates.handedBack(key);
        assertThat(candidates.due(NOW, 10)).containsExactly(key);
    }

    @Test
    void with_no_subscription_events_leave_no_candidate() {
        candidates.heard(removed());

        assertThat(candidates.due(NOW, 10)).isEmpty();
        assertThat(candidates.size()).isZero();
    }
}
