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
 * Keeps what this node holds of a versioned setting admins change at run time (the grants, the
 * appearance, the API secret) the stored one: loads it at start, reloads when any node announces
 * a newer version on the bus, and checks the stored version every {@code checkSeconds} in case an
 * announcement was lost (the bus was down) or the setting announces none. Reads run on the
 * follower's own thread, never the bus's.
 */
public final class StoredVersionFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoredVersionFollower.class);
    /** What {@code announced} answers for an event that announces no version of this setting. */
    public static final long NOT_ANNOUNCED = -1;

    private final String what;
    private final Runnable reload;
    private final LongSupplier held;
    private final ToLongFunction<Event> announced;
    private final ScheduledExecutorService worker;

    private StoredVersionFollower(String what, Runnable reload, LongSupplier held, ToLongFunction<Event> announced) {
        this.what = what;
        this.reload = reload;
        this.held = held;
        this.announced = announced;
        this.worker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("parley-" + what.replace(' ', '-')).daemon().factory());
    }

    /**
     * Follows {@code what}: {@code reload} takes the stored version if newer, {@code held} is the
     * version held, {@code announced} the version an event announces ({@link #NOT_ANNOUNCED}: not about it).
     */
    public static StoredVersionFollower start(String what, Runnable reload, LongSupplier held,
            ToLongFunction<Event> announced, EventBus bus, long checkSeconds) {
        StoredVersionFollower follower = new StoredVersionFollower(what, reload, held, announced);
        reload.run();
        bus.subscribe(follower::onEvent);
        follower.worker.scheduleWithFixedDelay(follower::reload, checkSeconds, checkSeconds, TimeUnit.SECONDS);
        return follower;
    }

    private void onEvent(Event event) {
        if (announced.applyAsLong(event) > held.getAsLong()) {
            worker.execute(this::reload); // off the bus's thread: a database read
        }
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
