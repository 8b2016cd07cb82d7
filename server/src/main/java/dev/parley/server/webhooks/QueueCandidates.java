package dev.parley.server.webhooks;

import dev.parley.core.event.Event;
import dev.parley.core.webhook.EventPayloads;
import dev.parley.core.webhook.Webhook;
import dev.parley.core.webhook.WebhookDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The (webhook, room) queues that may hold deliveries to post, so that claiming costs a look at
 * each such queue rather than at every pending delivery. Every node hears every event on the bus,
 * and an event a subscription wants put a delivery in its queue in the event's own transaction:
 * the queue becomes a candidate. A candidate found empty is dropped; one whose next delivery is
 * waiting (a retry's pause, another node's lease) is looked at again when that ends; one this node
 * is posting is left alone until its poster hands it back. What no event told (deliveries written
 * while this node was away, a dead letter sent again) the dispatcher's occasional full look finds.
 * Fed from any thread; read by the dispatcher's thread only.
 */
final class QueueCandidates {
    /** One queue: a subscription's deliveries about one room, posted in order. */
    record Key(UUID webhookId, String roomKey) {
    }

    /** Events heard but not looked at yet, at most this many (beyond: {@link #overflowed()}). */
    private static final int MAX_HEARD = 100_000;

    private final WebhookDirectory directory;
    private final EventPayloads payloads;
    private final Queue<Event> heard = new ConcurrentLinkedQueue<>();
    private final AtomicInteger heardCount = new AtomicInteger();
    private final Queue<Key> handedBack = new ConcurrentLinkedQueue<>();
    private volatile boolean overflowed;
    /** Candidates, oldest first, with the time before which they need no look. */
    private final Map<Key, Instant> candidates = new LinkedHashMap<>();

    QueueCandidates(WebhookDirectory directory, EventPayloads payloads) {
        this.directory = directory;
        this.payloads = payloads;
    }

    /** A bus event (any thread, never blocks): its queues are looked at on the dispatcher's next turn. */
    void heard(Event event) {
        if (heardCount.incrementAndGet() > MAX_HEARD) {
            heardCount.decrementAndGet();
            overflowed = true;
            return;
        }
        heard.add(event);
    }

    /** A poster is done with a queue (any thread): it may hold more. */
    void handedBack(Key key) {
        handedBack.add(key);
    }

    /** Whether events were dropped unheard since the last call (then only a full look finds their queues). */
    boolean overflowed() {
        boolean was = overflowed;
        overflowed = false;
        return was;
    }

    /** Up to {@code limit} candidates due a look at {@code now}, oldest first. */
    List<Key> due(Instant now, int limit) {
        absorb();
        List<Key> due = new ArrayList<>();
        for (var candidate : candidates.entrySet()) {
            if (due.size() == limit) {
                break;
            }
            if (!candidate.getValue().isAfter(now)) {
                due.add(candidate.getKey());
            }
        }
        return due;
    }

    /** The queue had nothing pending, or is being posted here now: no look until an event or its poster says so. */
    void drop(Key key) {
        candidates.remove(key);
    }

    /** The queue's next delivery waits until {@code at}. */
    void waitUntil(Key key, Instant at) {
        candidates.replace(key, at);
    }

    int size() {
        return candidates.size();
    }

    private void absorb() {
        for (Key key; (key = handedBack.poll()) != null; ) {
            candidates.put(key, Instant.EPOCH);
        }
        List<Webhook> active = directory.active();
        for (Event event; (event = heard.poll()) != null; ) {
            heardCount.decrementAndGet();
            var route = active.isEmpty() ? null : payloads.route(event).orElse(null);
            if (route == null) {
                continue;
            }
            for (Webhook webhook : active) {
                if (webhook.wants(route.type())) {
                    candidates.putIfAbsent(new Key(webhook.id(), route.roomKey()), Instant.EPOCH);
                }
            }
        }
    }
}
