package dev.parley.server.cluster;

import dev.parley.core.event.Event;
import dev.parley.core.event.EventBus;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a node's copy of a versioned, stored setting (the grants, the API secret) the stored
 * one: reloads it when any node announces a newer version on the bus, and checks the stored
 * version every {@code checkSeconds} in case an announcement was lost (the bus was down) or the
 * setting announces none. Reads run on the follower's own thread, never the bus's.
 */
public final class StoredVersionFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoredVersionFollower.class);
    /** An event that announces no version of this setting. */
    public static final long NOT_ANNOUNCED = -1;

    private final String what;
    private final Runnable reload;
    private final LongSupplier held;
    private final ScheduledExecutorService worker;

    private StoredVersionFollower(String what, Runnable reload, LongSupplier held) {
        this.what = what;
        this.reload = reload;
        this.held = held;
        this.worker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("parley-" + what.replace(' ', '-')).daemon().factory());
    }

    /**
     * Follows {@code what}: {@code reload} takes the stored version if newer, {@code held} is the
     * version this node holds, {@code announced} the version an event announces (or {@link #NOT_ANNOUNCED}).
     */
    public static StoredVersionFollower start(String what, Runnable reload, LongSupplier held, EventBus bus,
            ToLongFunction<Event> announced, long checkSeconds) {
        StoredVersionFollower follower = new StoredVersionFollower(what, reload, held);
        bus.subscribe(event -> {
            if (announced.applyAsLong(event) > held.getAsLong()) {
                follower.worker.execute(follower::reload);
            }
        });
        follower.worker.scheduleWithFixedDelay(follower::reload, checkSeconds, checkSeconds, TimeUnit.SECONDS);
        return follower;
    }

    private void reload() {
        try {
            reload.run();
        } catch (RuntimeException e) {
            LOG.warn("cannot read the stored {} now ({}); keeping version {}", what, e.getMessage(), held.getAsLong());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
