package dev.parley.core.ratelimit;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many messages a user may send per window, on this node: a token bucket per user that
 * holds {@code messages} tokens and refills them evenly over {@code window}, so a burst of
 * {@code messages} goes through and then one more every {@code window / messages}. A send over
 * the limit is refused with 429 {@code rate_limited} and when to try again. Buckets of users who
 * went quiet (full again) are dropped now and then, so memory follows the active senders.
 * Written here rather than taken from a library: a few lines, no dependency in core, and the
 * time comes from the injected clock.
 */
public final class SendRateLimit {
    /** No limit. */
    public static final SendRateLimit NONE = new SendRateLimit(0, Duration.ofSeconds(1), Clock.systemUTC());
    private static final int SWEEP_EVERY = 4096;

    private final int messages;
    private final long windowNanos;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong takes = new AtomicLong();

    /** {@code messages} per {@code window}; 0 messages: no limit. */
    public SendRateLimit(int messages, Duration window, Clock clock) {
        if (messages < 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs messages >= 0 and a positive window");
        }
        this.messages = messages;
        this.windowNanos = window.toNanos();
        this.clock = clock;
    }

    public boolean enabled() {
        return messages > 0;
    }

    /** Takes one of the user's sends, or throws 429 {@code rate_limited}. */
    public void take(String userId) {
        if (!enabled()) {
            return;
        }
        long now = nanos();
        long[] waitNanos = new long[1];
        buckets.compute(userId, (id, bucket) -> {
            Bucket refilled = bucket == null ? new Bucket(messages, now) : bucket.refill(now, messages, windowNanos);
            if (refilled.tokens() >= 1) {
                return new Bucket(refilled.tokens() - 1, now);
            }
            waitNanos[0] = (long) Math.ceil((1 - refilled.tokens()) * windowNanos / messages);
            return refilled;
        });
        if (takes.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep(now);
        }
        if (waitNanos[0] > 0) {
            Duration wait = Duration.ofNanos(waitNanos[0]);
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new ParleyException(ErrorCode.RATE_LIMITED, "you are sending too fast: at most " + messages
                    + " messages per " + Duration.ofNanos(windowNanos).toSeconds() + " s; wait " + seconds + " s",
                    Duration.ofSeconds(seconds));
        }
    }

    /** Drops the buckets that are full again: their users sent nothing for a window. */
    void sweep(long now) {
        buckets.entrySet().removeIf(entry -> now - entry.getValue().at() >= windowNanos);
    }

    int tracked() {
        return buckets.size();
    }

    private long nanos() {
        Duration sinceEpoch = Duration.between(java.time.Instant.EPOCH, clock.instant());
        return sinceEpoch.toNanos();
    }

    /** {@code tokens} left at {@code at} (nanoseconds). */
    private record Bucket(double tokens, long at) {
        Bucket refill(long now, int capacity, long windowNanos) {
            double added = (double) (now - at) * capacity / windowNanos;
            return new Bucket(Math.min(capacity, tokens + added), now);
        }
    }
}
