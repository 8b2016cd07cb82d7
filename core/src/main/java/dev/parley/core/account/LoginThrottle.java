package dev.parley.core.account;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows down password guessing without letting anyone lock a user out. Failed sign-ins are
 * counted per account and address, per address, and per account; past a few free failures each
 * count asks for a wait that doubles with every further failure (1 s, 2 s, 4 s, … up to
 * {@link Limits#maxDelay}), measured from the last failure. A refused attempt (429 with the wait)
 * costs no password check and counts nothing.
 *
 * <p>An account's own count is waived for an address the account has signed in from before
 * ({@link Limits#trustFor}): guesses from elsewhere cannot lock the real user out, and they slow
 * down anyone who tries the account from a new address. A success clears its account-and-address
 * count. Counts are forgotten {@link Limits#forgetAfter} after their last failure. Sign-ups are
 * limited per address. Node-local and in memory: a cluster's nodes each count their own.
 */
public final class LoginThrottle {
    private static final int MAX_TRACKED = 100_000;

    private final Limits limits;
    private final LongSupplier nanoTime;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Map<String, Long> trustedUntil = new ConcurrentHashMap<>();

    private record Failures(long last, int count) {
    }

    /**
     * Free failures per account and address, per address (all accounts), per account (all
     * addresses); sign-ups per address within {@code forgetAfter}; the first and the longest wait.
     */
    public record Limits(int perAccountAndAddress, int perAddress, int perAccount, int signupsPerAddress,
            Duration firstDelay, Duration maxDelay, Duration forgetAfter, Duration trustFor) {
        public static final Limits STANDARD = new Limits(3, 30, 10, 20, Duration.ofSeconds(1), Duration.ofMinutes(15),
                Duration.ofMinutes(15), Duration.ofDays(30));
    }

    public LoginThrottle(Limits limits, LongSupplier nanoTime) {
        this.limits = limits;
        this.nanoTime = nanoTime;
    }

    public static LoginThrottle standard() {
        return new LoginThrottle(Limits.STANDARD, System::nanoTime);
    }

    /** Throws {@code too_many_attempts} with the wait until this attempt would be considered. */
    public void checkAllowed(String userId, String source) {
        long now = nanoTime.getAsLong();
        long wait = Math.max(waitFor(pair(userId, source), limits.perAccountAndAddress(), now),
                waitFor("s:" + source, limits.perAddress(), now));
        if (!trusted(userId, source, now)) {
            wait = Math.max(wait, waitFor("u:" + userId, limits.perAccount(), now));
        }
        if (wait > 0) {
            throw new ParleyException(ErrorCode.TOO_MANY_ATTEMPTS,
                    "too many failed sign-ins; wait " + seconds(wait) + " and try again", Duration.ofNanos(wait));
        }
    }

    public void checkSignupAllowed(String source) {
        Failures entry = live("n:" + source, nanoTime.getAsLong());
        if (entry != null && entry.count() >= limits.signupsPerAddress()) {
            long wait = entry.last() + limits.forgetAfter().toNanos() - nanoTime.getAsLong();
            throw new ParleyException(ErrorCode.TOO_MANY_ATTEMPTS,
                    "too many accounts created from your address; wait a few minutes and try again",
                    Duration.ofNanos(Math.max(wait, 1)));
        }
    }

    public void signedUp(String source) {
        bump("n:" + source);
    }

    public void failed(String userId, String source) {
        tidy();
        bump(pair(userId, source));
        bump("s:" + source);
        bump("u:" + userId);
    }

    public void succeeded(String userId, String source) {
        failures.remove(pair(userId, source));
        trustedUntil.put(pair(userId, source), nanoTime.getAsLong() + limits.trustFor().toNanos());
    }

    private static String pair(String userId, String source) {
        return "p:" + userId + "\u0000" + source;
    }

    private boolean trusted(String userId, String source, long now) {
        Long until = trustedUntil.get(pair(userId, source));
        return until != null && until - now > 0;
    }

    /** Nanoseconds still to wait for {@code key}'s count; 0 when within its free failures or already waited. */
    private long waitFor(String key, int free, long now) {
        Failures entry = live(key, now);
        if (entry == null || entry.count() < free) {
            return 0;
        }
        int doublings = Math.min(entry.count() - free, 30);
        long delay = Math.min(limits.firstDelay().toNanos() << doublings, limits.maxDelay().toNanos());
        return Math.max(0, entry.last() + delay - now);
    }

    private Failures live(String key, long now) {
        Failures entry = failures.get(key);
        if (entry != null && now - entry.last() > limits.forgetAfter().toNanos()) {
            failures.remove(key, entry);
            return null;
        }
        return entry;
    }

    private void bump(String key) {
        long now = nanoTime.getAsLong();
        failures.compute(key, (k, entry) -> entry == null || now - entry.last() > limits.forgetAfter().toNanos()
                ? new Failures(now, 1) : new Failures(now, entry.count() + 1));
    }

    private void tidy() {
        long now = nanoTime.getAsLong();
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(entry -> now - entry.last() > limits.forgetAfter().toNanos());
        }
        if (trustedUntil.size() >= MAX_TRACKED) {
            trustedUntil.values().removeIf(until -> until - now <= 0);
        }
    }

    private static String seconds(long nanos) {
        long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        return seconds == 1 ? "1 second" : seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    }
}
