package dev.parley.core.account;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Refuses sign-in attempts (429) for a user id after {@code perUser} failures, and from a
 * source address after {@code perSource} failures, until the window since the first failure
 * has passed. A success clears the user id's count. Sign-ups from one address are limited to
 * {@code signupsPerSource} per window (each costs a password hash and creates a user).
 * Node-local and in memory.
 */
public final class LoginThrottle {
    private static final int MAX_TRACKED = 100_000;

    private final int perUser;
    private final int perSource;
    private final int signupsPerSource;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(long since, int count) {
    }

    public LoginThrottle(int perUser, int perSource, int signupsPerSource, long windowNanos, LongSupplier nanoTime) {
        this.perUser = perUser;
        this.perSource = perSource;
        this.signupsPerSource = signupsPerSource;
        this.windowNanos = windowNanos;
        this.nanoTime = nanoTime;
    }

    /** 5 failures per user id, 50 per address and 20 sign-ups per address, within 15 minutes. */
    public static LoginThrottle standard() {
        return new LoginThrottle(5, 50, 20, 15L * 60 * 1_000_000_000, System::nanoTime);
    }

    /** Throws {@code too_many_attempts}, with the time until the first blocking window ends. */
    public void checkAllowed(String userId, String source) {
        long waitNanos = Math.max(blockedFor("u:" + userId, perUser), blockedFor("s:" + source, perSource));
        if (waitNanos > 0) {
            throw new ParleyException(ErrorCode.TOO_MANY_ATTEMPTS,
                    "too many failed sign-ins; wait a few minutes and try again", Duration.ofNanos(waitNanos));
        }
    }

    public void checkSignupAllowed(String source) {
        long waitNanos = blockedFor("n:" + source, signupsPerSource);
        if (waitNanos > 0) {
            throw new ParleyException(ErrorCode.TOO_MANY_ATTEMPTS,
                    "too many accounts created from your address; wait a few minutes and try again",
                    Duration.ofNanos(waitNanos));
        }
    }

    public void signedUp(String source) {
        bump("n:" + source);
    }

    public void failed(String userId, String source) {
        if (failures.size() >= MAX_TRACKED) {
            long now = nanoTime.getAsLong();
            failures.values().removeIf(entry -> now - entry.since() > windowNanos);
        }
        bump("u:" + userId);
        bump("s:" + source);
    }

    public void succeeded(String userId) {
        failures.remove("u:" + userId);
    }

    /** Nanoseconds until {@code key}'s window ends when it has reached {@code limit}; 0 when not blocked. */
    private long blockedFor(String key, int limit) {
        Failures entry = failures.get(key);
        if (entry == null) {
            return 0;
        }
        long left = entry.since() + windowNanos - nanoTime.getAsLong();
        if (left < 0) {
            failures.remove(key, entry);
            return 0;
        }
        return entry.count() >= limit ? Math.max(left, 1) : 0;
    }

    private void bump(String key) {
        long now = nanoTime.getAsLong();
        failures.compute(key, (k, entry) -> entry == null || now - entry.since() > windowNanos
                ? new Failures(now, 1) : new Failures(entry.since(), entry.count() + 1));
    }
}
