package dev.parley.server.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.event.Event;
import dev.parley.core.event.EventBus;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster's bus: Redis pub/sub on one channel. A node's own events go to its subscribers
 * at once (in publish order) and, batched, to Redis from one publisher thread: each event is
 * encoded once and a batch is one PUBLISH. Other nodes' batches arrive from the subscription;
 * the node's own come back too and are skipped.
 *
 * <p>Pub/sub is fire-and-forget. Whenever events may have been lost — this node's subscription
 * dropped, or a publish failed — the node announces, once it is connected again, a batch
 * marked {@code resumed}; every node (this one included) then catches up from the database
 * ({@link #onResumed}). While either connection is down, {@link #available()} is false: the
 * node is not ready and refuses writes. The same happens when a node is found dead
 * ({@link #catchUpEverywhere}): what it had not published yet is in the database only.
 */
public final class RedisEventBus implements EventBus {
    static final String CHANNEL = "parley:events";
    private static final Logger LOG = LoggerFactory.getLogger(RedisEventBus.class);
    private static final int MAX_BATCH = 512;
    private static final Object STOP = new Object();

    private final String node;
    private final EventCodec codec = new EventCodec();
    private final List<Consumer<Event>> subscribers = new CopyOnWriteArrayList<>();
    private final List<Runnable> resumedListeners = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Object> outgoing = new LinkedBlockingQueue<>();
    private final StatefulRedisConnection<String, String> publisher;
    private final StatefulRedisPubSubConnection<String, String> subscription;
    private final Thread publisherThread;
    private volatile boolean subscribed;
    /** The subscription dropped: this node may have missed events. */
    private volatile boolean subscriptionLost;
    /** A publish failed: other nodes missed events; the next batch tells them to catch up. */
    private volatile boolean publishFailed;

    public RedisEventBus(RedisConnections redis, String node) {
        this.node = node;
        this.publisher = redis.connect();
        this.subscription = redis.connectPubSub();
        subscription.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                received(message);
            }

            @Override
            public void subscribed(String channel, long count) {
                subscribedNow();
            }
        });
        RedisConnections.onDisconnected(subscription, () -> {
            subscribed = false;
            subscriptionLost = true;
            LOG.warn("lost the Redis subscription; not ready until it is back");
        });
        subscription.sync().subscribe(CHANNEL);
        this.publisherThread = Thread.ofPlatform().name("parley-bus-publisher").daemon().start(this::publishLoop);
    }

    @Override
    public void publish(Event event) {
        for (Consumer<Event> subscriber : subscribers) {
            deliver(subscriber, event);
        }
        outgoing.add(event);
    }

    @Override
    public void subscribe(Consumer<Event> subscriber) {
        subscribers.add(subscriber);
    }

    @Override
    public boolean available() {
        return subscribed && publisher.isOpen();
    }

    @Override
    public void onResumed(Runnable listener) {
        resumedListeners.add(listener);
    }

    /**
     * A node died: what it committed but had not yet handed to Redis (its publisher's queue)
     * never reaches the bus, and no later event need reveal the gap. Every node — this one now,
     * the others when the marked batch arrives — catches up from the database, as after an outage.
     */
    public void catchUpEverywhere() {
        outgoing.add(Resumed.INSTANCE);
        resumed();
    }

    /** Events waiting to be published (a gauge). */
    public int backlog() {
        return outgoing.size();
    }

    private void subscribedNow() {
        subscribed = true;
        if (subscriptionLost) {
            subscriptionLost = false;
            LOG.info("Redis subscription is back; catching up from the database");
            outgoing.add(Resumed.INSTANCE);
            resumed();
        }
    }

    private enum Resumed {
        INSTANCE
    }

    private void received(String message) {
        EventCodec.Batch batch;
        try {
            batch = codec.decode(message);
        } catch (IllegalArgumentException e) {
            LOG.error("dropped a bus message this node cannot read (do all nodes run the same version?): {}",
                    e.getMessage());
            return;
        }
        if (node.equals(batch.node())) {
            return;
        }
        for (Event event : batch.events()) {
            for (Consumer<Event> subscriber : subscribers) {
                deliver(subscriber, event);
            }
        }
        if (batch.resumed()) {
            resumed();
        }
    }

    /** Off Redis's I/O thread: the listeners read the database and write to Redis. */
    private void resumed() {
        Thread.ofVirtual().name("parley-bus-resumed").start(() -> resumedListeners.forEach(Runnable::run));
    }

    private static void deliver(Consumer<Event> subscriber, Event event) {
        try {
            subscriber.accept(event);
        } catch (RuntimeException e) {
            LOG.error("event subscriber failed on {}", event.getClass().getSimpleName(), e);
        }
    }

    private void publishLoop() {
        List<Object> drained = new ArrayList<>(MAX_BATCH);
        while (true) {
            try {
                drained.add(outgoing.take());
                outgoing.drainTo(drained, MAX_BATCH - 1);
                boolean stop = drained.remove(STOP);
                boolean announce = drained.removeIf(item -> item == Resumed.INSTANCE) | publishFailed;
                List<JsonNode> encoded = new ArrayList<>(drained.size());
                for (Object item : drained) {
                    encoded.add(codec.encode((Event) item));
                }
                if (!encoded.isEmpty() || announce) {
                    send(codec.batch(node, announce, encoded), encoded.size(), announce);
                }
                drained.clear();
                if (stop) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("publishing events failed", e);
                drained.clear();
            }
        }
    }

    private void send(String batch, int events, boolean announced) {
        try {
            publisher.sync().publish(CHANNEL, batch);
            if (announced) {
                publishFailed = false;
            }
        } catch (RuntimeException e) {
            publishFailed = true;
            String what = events == 0 ? "the catch-up announcement was" : events + " events were";
            LOG.warn("{} not published to Redis ({}); other nodes catch up once it is back", what, e.getMessage());
        }
    }

    @Override
    public void close() {
        outgoing.add(STOP);
        try {
            publisherThread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        subscription.close();
        publisher.close();
    }
}
