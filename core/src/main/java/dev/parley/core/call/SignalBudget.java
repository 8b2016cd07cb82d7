package dev.parley.core.call;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Bounds the signals one session may relay: a bucket of {@code burst} signals per session,
 * refilled at {@code perSecond}. A call's offer, answer and few dozen ICE candidates fit; a
 * flood is refused beyond the bucket.
 */
final class SignalBudget {
    private static final int PRUNE_ABOVE = 10_000;
    private static final long NANOS = 1_000_000_000L;

    private final int burst;
    private final int perSecond;
    private final LongSupplier nanoTime;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

    SignalBudget(int burst, int perSecond, LongSupplier nanoTime) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
    }

    /** Takes one signal from the session's bucket; false when it is empty. */
    boolean take(String sessionId) {
        long now = nanoTime.getAsLong();
        boolean[] taken = new boolean[1];
        buckets.compute(sessionId, (key, bucket) -> {
            // bucket = {tokens, last refill (nanos)}
            double[] b = bucket == null ? new double[] {burst, now} : bucket;
            b[0] = Math.min(burst, b[0] + (now - (long) b[1]) * (double) perSecond / NANOS);
            b[1] = now;
            if (b[0] >= 1) {
                b[0] -= 1;
                taken[0] = true;
            }
            return b;
        });
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(b -> now - (long) b[1] > 60 * NANOS);
        }
        return taken[0];
    }

    int burst() {
        return burst;
    }

    int perSecond() {
        return perSecond;
    }
}
