package dev.parley.server.calls;

import dev.parley.core.call.CallTimer;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's thread for call work: ringing timeouts, dropping people whose sessions vanished,
 * and the periodic sweep, from the node's start on, that ends the ringing and writes the call
 * messages another (stopped) node left behind.
 */
public final class CallTimers implements CallTimer, AutoCloseable {
    /** How often the node looks for ringing calls past their deadline. */
    public static final Duration SWEEP = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(CallTimers.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("parley-calls").daemon().factory());

    @Override
    public void after(Duration delay, Runnable task) {
        timer.schedule(() -> run(task), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs {@code sweep} now (at the node's start) and then every {@link #SWEEP}. */
    public void sweep(Runnable sweep) {
        timer.scheduleWithFixedDelay(() -> run(sweep), 0, SWEEP.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warn("call work failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
