package dev.parley.core.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves one millisecond each time it is read: every action gets its own, later instant. */
public final class TickingClock extends Clock {
    private final Instant start;
    private final AtomicLong ticks = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    public TickingClock(Instant start) {
        this.start = start;
    }

    @Override
    public Instant instant() {
        return start.plusMillis(ticks.incrementAndGet() + skipped.get());
    }

    /** Moves the clock forward by {@code duration} at once (a mute or ban running out). */
    public void advance(java.time.Duration duration) {
        skipped.addAndGet(duration.toMillis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock stays in UTC");
    }
}
