package dev.parley.server;

import dev.parley.core.event.EventBus;
import dev.parley.core.event.LocalEventBus;
import dev.parley.core.store.Store;
import dev.parley.server.cluster.RedisConnections;
import dev.parley.server.cluster.RedisEventBus;
import dev.parley.server.cluster.RedisPresence;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.ops.ParleyMetrics;
import dev.parley.server.presence.PresenceRegistry;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a node shares with the others: the event bus and presence. Without {@code redis.url}
 * the node is alone (in-process bus, its own sessions are all the presence); with it, both
 * go through Redis.
 */
record Cluster(EventBus bus, PresenceRegistry presence, AutoCloseable resources) implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Cluster.class);

    static Cluster join(ParleyConfig config, String nodeId, Store store, ParleyMetrics metrics) {
        if (config.redisUrl().isEmpty()) {
            return new Cluster(new LocalEventBus(), PresenceRegistry.singleNode(), () -> {
            });
        }
        RedisConnections redis = new RedisConnections(config.redisUrl());
        try {
            RedisEventBus bus = new RedisEventBus(redis, nodeId);
            RedisPresence presence = new RedisPresence(redis, nodeId, bus,
                    user -> Set.copyOf(store.read(repos -> repos.members().roomIdsOf(user))), bus::catchUpEverywhere);
            metrics.gauge("parley.bus.backlog", "events waiting to be published to Redis", bus::backlog);
            LOG.info("cluster mode: node {} on the Redis bus at {}", nodeId, redacted(config.redisUrl()));
            return new Cluster(bus, presence, () -> {
                presence.close();
                bus.close();
                redis.close();
            });
        } catch (RuntimeException e) {
            redis.close();
            throw new IllegalStateException("cannot reach Redis at " + redacted(config.redisUrl()) + ": "
                    + e.getMessage(), e);
        }
    }

    /** The URL without its password. */
    private static String redacted(String url) {
        return url.replaceFirst("//[^@/]*@", "//***@");
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            LOG.warn("leaving the cluster failed: {}", e.getMessage());
        }
    }
}
