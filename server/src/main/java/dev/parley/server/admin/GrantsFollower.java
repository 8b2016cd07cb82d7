package dev.parley.server.admin;

import dev.parley.core.event.Event;
import dev.parley.core.event.EventBus;
import dev.parley.core.grant.GrantService;
import dev.parley.core.grant.LiveGrants;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's grants those stored: loads them at start, reloads when any node announces
 * a newer version ({@link Event.GrantsChanged}), and checks the stored version every
 * {@code checkSeconds} in case an announcement was lost (the bus was down).
 */
public final class GrantsFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GrantsFollower.class);

    private final GrantService grants;
    private final LiveGrants live;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("parley-grants").daemon().factory());

    private GrantsFollower(GrantService grants, LiveGrants live) {
        this.grants = grants;
        this.live = live;
    }

    public static GrantsFollower start(GrantService grants, LiveGrants live, EventBus bus, long checkSeconds) {
        GrantsFollower follower = new GrantsFollower(grants, live);
        grants.reload();
        bus.subscribe(follower::onEvent);
        follower.worker.scheduleWithFixedDelay(follower::reload, checkSeconds, checkSeconds, TimeUnit.SECONDS);
        return follower;
    }

    private void onEvent(Event event) {
        if (event instanceof Event.GrantsChanged changed && changed.version() > live.versioned().version()) {
            worker.execute(this::reload); // off the bus's thread: a database read
        }
    }

    private void reload() {
        try {
            grants.reload();
        } catch (RuntimeException e) {
            LOG.warn("cannot read the stored grants now ({}); keeping version {}", e.getMessage(),
                    live.versioned().version());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
