package dev.parley.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.core.event.Event;
import dev.parley.server.TestRedis;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes' buses on a real Redis of the test's own. */
class RedisEventBusTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private TestRedis redis;
    private RedisConnections connections;
    private RedisEventBus a;
    private RedisEventBus b;
    private final List<Event> seenByA = new CopyOnWriteArrayList<>();
    private final List<Event> seenByB = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        redis = TestRedis.start(dir);
        connections = new RedisConnections(redis.url());
        a = new RedisEventBus(connections, "a");
        b = new RedisEventBus(connections, "b");
        a.subscribe(seenByA::add);
        b.subscribe(seenByB::add);
        await().atMost(WAIT).until(() -> a.available() && b.available());
    }

    @AfterEach
    void stop() throws Exception {
        a.close();
        b.close();
        connections.close();
        redis.close();
    }

    @Test
    void a_nodes_events_reach_itself_at_once_and_the_other_node_once_in_publish_order() {
        for (int i = 0; i < 300; i++) {
            a.publish(new Event.UserDeactivated("u" + i));
        }
        assertThat(seenByA).hasSize(300);
        await().atMost(WAIT).until(() -> seenByB.size() >= 300);
        assertThat(seenByB).containsExactlyElementsOf(seenByA);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> seenByA.size() == 300);
    }

    @Test
    void a_dropped_subscription_is_announced_when_back_and_every_node_catches_up() {
        AtomicInteger resumedA = new AtomicInteger();
        AtomicInteger resumedB = new AtomicInteger();
        a.onResumed(resumedA::incrementAndGet);
        b.onResumed(resumedB::incrementAndGet);

        dev.parley.store.ExpectedFaults.announce(RedisEventBusTest.class, "the Redis subscriptions are killed");
        try (var admin = connections.connect()) {
            admin.sync().clientKill(io.lettuce.core.KillArgs.Builder.typePubsub());
        }

        await().atMost(WAIT).until(() -> resumedA.get() >= 1 && resumedB.get() >= 1);
        assertThat(a.available()).isTrue();
    }

    @Test
    void a_node_found_dead_has_every_node_catch_up_from_the_database() throws Exception {
        // A killed node may have committed events its publisher never handed to Redis: only the
        // database has them, and no later event need reveal the gap.
        AtomicInteger resumedA = new AtomicInteger();
        AtomicInteger resumedB = new AtomicInteger();
        a.onResumed(resumedA::incrementAndGet);
        b.onResumed(resumedB::incrementAndGet);
        try (var admin = connections.connect()) {
            admin.sync().zadd("parley:nodes", 1.0, "killed-node"); // its last heartbeat, long ago
        }

        try (var presence = new RedisPresence(connections, "a", a, user -> java.util.Set.of(), a::catchUpEverywhere)) {
            await().atMost(WAIT).until(() -> resumedA.get() >= 1 && resumedB.get() >= 1);
            try (var admin = connections.connect()) {
                assertThat(admin.sync().zscore("parley:nodes", "killed-node")).isNull();
            }
        }
    }

    @Test
    void while_redis_is_down_the_bus_is_unavailable_and_it_recovers_by_itself() throws Exception {
        AtomicInteger resumed = new AtomicInteger();
        b.onResumed(resumed::incrementAndGet);
        dev.parley.store.ExpectedFaults.announce(RedisEventBusTest.class, "Redis is killed");
        redis.kill();
        await().atMost(WAIT).until(() -> !a.available() && !b.available());
        a.publish(new Event.UserDeactivated("lost"));

        redis.restart();

        await().atMost(WAIT).until(() -> a.available() && b.available() && resumed.get() >= 1);
        a.publish(new Event.UserDeactivated("after"));
        await().atMost(WAIT).until(() -> seenByB.contains(new Event.UserDeactivated("after")));
    }
}
