package dev.parley.server.streams;

import dev.parley.core.stream.DeltaBuffer;
import dev.parley.core.stream.StreamService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clock of streamed replies on one node: announces the coalesced deltas every
 * {@link #FLUSH_INTERVAL}, and ends the streams left idle (every node sweeps; each stream is
 * ended once, by whichever node gets there first).
 */
public final class StreamTimers implements AutoCloseable {
    public static final Duration FLUSH_INTERVAL = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(StreamTimers.class);

    private final ScheduledExecutorService timer;
    private final DeltaBuffer deltas;

    private StreamTimers(ScheduledExecutorService timer, DeltaBuffer deltas) {
        this.timer = timer;
        this.deltas = deltas;
    }

    public static StreamTimers start(StreamService streams, DeltaBuffer deltas) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("parley-streams").daemon().factory());
        long flush = FLUSH_INTERVAL.toMillis();
        timer.scheduleWithFixedDelay(() -> guarded("announcing stream deltas", deltas::flush), flush, flush,
                TimeUnit.MILLISECONDS);
        long sweep = sweepInterval(streams.idleAfter()).toMillis();
        timer.scheduleWithFixedDelay(() -> guarded("ending idle streams", () -> {
            int closed = streams.closeIdle();
            if (closed > 0) {
                LOG.info("ended {} streamed replies left idle for {} s", closed, streams.idleAfter().toSeconds());
            }
        }), sweep, sweep, TimeUnit.MILLISECONDS);
        return new StreamTimers(timer, deltas);
    }

    /** A quarter of the idle time, between 250 ms and 15 s: a stream ends at most that late. */
    static Duration sweepInterval(Duration idleAfter) {
        long quarter = idleAfter.toMillis() / 4;
        return Duration.ofMillis(Math.clamp(quarter, 250, 15_000));
    }

    private static void guarded(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("{} failed: {}", what, e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        guarded("announcing the last stream deltas", deltas::flush);
    }
}
