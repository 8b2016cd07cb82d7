package dev.parley.bench;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/** One progress line a second on the terminal while a scenario runs. */
final class Progress {
    private final PrintStream out;

    Progress(PrintStream out) {
        this.out = out;
    }

    void say(String format, Object... args) {
        out.printf("bench: " + format + "%n", args);
    }

    /** Prints the rate of {@code count} each second until {@code endNanos}. */
    void track(long endNanos, LongSupplier count, LongSupplier errors) throws InterruptedException {
        track(endNanos, "acked", count, errors);
    }

    /** Prints {@code count} (what it counts: {@code label}) and its rate each second until {@code endNanos}. */
    void track(long endNanos, String label, LongSupplier count, LongSupplier errors) throws InterruptedException {
        long last = count.getAsLong();
        while (System.nanoTime() < endNanos) {
            Thread.sleep(Math.max(1, Math.min(1000, (endNanos - System.nanoTime()) / 1_000_000)));
            long now = count.getAsLong();
            say("%,d %s (%+,d/s), %,d errors", now, label, now - last, errors.getAsLong());
            last = now;
        }
    }
}
