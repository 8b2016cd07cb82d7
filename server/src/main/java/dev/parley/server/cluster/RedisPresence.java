package dev.parley.server.cluster;

import dev.parley.core.event.Event;
import dev.parley.core.event.EventBus;
import dev.parley.server.presence.PresenceRegistry;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presence shared by the nodes, in Redis: {@code parley:presence:<user>} is the set of nodes
 * with a session of the user (online while not empty), {@code parley:node-users:<node>} the
 * users a node put there, and {@code parley:nodes} each node's last heartbeat (every
 * {@link #HEARTBEAT}). A node that misses heartbeats for {@link #NODE_TTL} is dead: the first
 * node to notice removes it from its users' sets and tells their rooms who went offline, and
 * has every node catch up from the database (the dead node may have committed events it never
 * got to publish). After
 * Redis lost its data (a restart) or dropped this node as dead, the node writes its users again.
 */
public final class RedisPresence implements PresenceRegistry, AutoCloseable {
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    static final Duration NODE_TTL = Duration.ofSeconds(15);
    /** How long after a clean stop the node's users who did not reconnect elsewhere go offline. */
    static final Duration LEAVE_GRACE = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(RedisPresence.class);
    private static final String NODES = "parley:nodes";
    private static final String ARRIVE = """
            redis.call('SADD', KEYS[2], ARGV[2])
            local added = redis.call('SADD', KEYS[1], ARGV[1])
            if added == 1 and redis.call('SCARD', KEYS[1]) == 1 then return 1 end
            return 0""";
    private static final String DEPART = """
            redis.call('SREM', KEYS[2], ARGV[2])
            local removed = redis.call('SREM', KEYS[1], ARGV[1])
            if removed == 1 and redis.call('SCARD', KEYS[1]) == 0 then return 1 end
            return 0""";
    private static final String ONLINE = """
            local online = {}
            for i, key in ipairs(KEYS) do
              if redis.call('EXISTS', key) == 1 then online[#online + 1] = ARGV[i] end
            end
            return online""";
    private static final String REAP = """
            if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then return {} end
            local usersKey = 'parley:node-users:' .. ARGV[1]
            local gone = {}
            for _, user in ipairs(redis.call('SMEMBERS', usersKey)) do
              local key = 'parley:presence:' .. user
              redis.call('SREM', key, ARGV[1])
              if redis.call('SCARD', key) == 0 then gone[#gone + 1] = user end
            end
            redis.call('DEL', usersKey)
            return gone""";

    private final String node;
    private final EventBus bus;
    private final Function<String, Set<UUID>> roomsOf;
    private final Runnable nodeLost;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> redis;
    private final Set<String> here = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("parley-presence").daemon().factory());

    /**
     * @param roomsOf a user's rooms, to tell who went offline when a dead node is cleared
     * @param nodeLost runs when this node clears a dead one (its unpublished events are lost to the bus)
     */
    public RedisPresence(RedisConnections connections, String node, EventBus bus, Function<String, Set<UUID>> roomsOf,
            Runnable nodeLost) {
        this.node = node;
        this.bus = bus;
        this.roomsOf = roomsOf;
        this.nodeLost = nodeLost;
        this.connection = connections.connect();
        this.redis = connection.sync();
        heartbeat();
        timer.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        bus.onResumed(() -> timer.execute(this::reassert));
    }

    @Override
    public boolean arrived(String userId) {
        here.add(userId);
        return redis.<Long>eval(ARRIVE, ScriptOutputType.INTEGER, new String[] {userKey(userId), nodeUsersKey()},
                node, userId) == 1;
    }

    @Override
    public boolean departed(String userId) {
        here.remove(userId);
        return redis.<Long>eval(DEPART, ScriptOutputType.INTEGER, new String[] {userKey(userId), nodeUsersKey()},
                node, userId) == 1;
    }

    /** Who is online: none known while Redis cannot be asked (the snapshot is a hint; events follow). */
    @Override
    public Set<String> online(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        String[] keys = userIds.stream().map(RedisPresence::userKey).toArray(String[]::new);
        try {
            List<String> online = redis.eval(ONLINE, ScriptOutputType.MULTI, keys, userIds.toArray(String[]::new));
            return Set.copyOf(online);
        } catch (RuntimeException e) {
            LOG.warn("presence snapshot unavailable: {}", e.getMessage());
            return Set.of();
        }
    }

    private void heartbeat() {
        try {
            long now = System.currentTimeMillis();
            boolean wasGone = redis.zadd(NODES, (double) now, node) == 1;
            if (wasGone && !here.isEmpty()) {
                LOG.info("this node's presence record was lost (Redis restarted, or the node was taken for dead); "
                        + "writing it again");
                reassert();
            }
            for (String dead : redis.zrangebyscore(NODES, Range.create(0d, (double) (now - NODE_TTL.toMillis())))) {
                reap(dead);
            }
        } catch (RuntimeException e) {
            LOG.warn("presence heartbeat failed: {}", e.getMessage());
        }
    }

    private void reap(String dead) {
        List<String> gone = redis.eval(REAP, ScriptOutputType.MULTI, new String[] {NODES}, dead);
        LOG.info("node {} stopped sending heartbeats; {} of its users went offline", dead, gone.size());
        for (String user : gone) {
            bus.publish(new Event.PresenceChanged(user, false, roomsOf.apply(user)));
        }
        nodeLost.run();
    }

    private void reassert() {
        try {
            redis.zadd(NODES, (double) System.currentTimeMillis(), node);
            for (String user : new ArrayList<>(here)) {
                redis.eval(ARRIVE, ScriptOutputType.INTEGER, new String[] {userKey(user), nodeUsersKey()}, node, user);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not write this node's presence again yet: {}", e.getMessage());
        }
    }

    private static String userKey(String userId) {
        return "parley:presence:" + userId;
    }

    private String nodeUsersKey() {
        return "parley:node-users:" + node;
    }

    /**
     * A node that stops cleanly is taken for dead {@link #LEAVE_GRACE} from now instead of
     * after the whole TTL: its clients reconnect to other nodes meanwhile (1012), so only the
     * users who do not come back are announced offline — nobody flaps.
     */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            long deadAt = System.currentTimeMillis() - NODE_TTL.toMillis() + LEAVE_GRACE.toMillis();
            redis.zadd(NODES, (double) deadAt, node);
        } catch (RuntimeException e) {
            LOG.warn("could not mark this node as leaving: {}", e.getMessage());
        }
        connection.close();
    }
}
