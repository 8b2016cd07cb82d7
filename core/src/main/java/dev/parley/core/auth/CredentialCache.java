package dev.parley.core.auth;

import dev.parley.core.event.Event;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Verified credentials by token hash, so that a request does not verify the signature and
 * look up the user and the revocations again for a token seen moments ago. An entry lives
 * at most {@link #TTL}; every event that changes a verdict (logout, logout everywhere,
 * deactivation, a changed user) drops the affected entries at once, so revocation takes
 * effect on the next request. The map is bounded: past {@link #MAX_ENTRIES} it starts over.
 */
final class CredentialCache {
    static final Duration TTL = Duration.ofSeconds(30);
    static final int MAX_ENTRIES = 100_000;

    private record Entry(Credential credential, long verifiedAtNanos) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong invalidations = new AtomicLong();
    private final LongSupplier nanoTime;

    CredentialCache(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The cached credential of a token hash, if verified within the TTL and not expired since. */
    Credential get(String tokenHash, long nowEpochSecond) {
        Entry entry = entries.get(tokenHash);
        if (entry == null) {
            return null;
        }
        boolean stale = nanoTime.getAsLong() - entry.verifiedAtNanos() > TTL.toNanos()
                || nowEpochSecond > entry.credential().expiresAt().getEpochSecond() + AuthService.CLOCK_SKEW_SECONDS;
        if (stale) {
            entries.remove(tokenHash, entry);
            return null;
        }
        return entry.credential();
    }

    /** Take before verifying; {@link #put} refuses a verdict that an invalidation may have overtaken. */
    long epoch() {
        return invalidations.get();
    }

    void put(Credential credential, long epochBeforeVerifying) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(credential.tokenHash(), new Entry(credential, nanoTime.getAsLong()));
        if (invalidations.get() != epochBeforeVerifying) {
            // Something was revoked while we verified: the verdict may be stale.
            entries.remove(credential.tokenHash());
        }
    }

    /** Drops what an event makes stale; other events are ignored. */
    void onEvent(Event event) {
        if (event instanceof Event.TokenRevoked || event instanceof Event.TokensRevoked
                || event instanceof Event.UserDeactivated || event instanceof Event.UserUpdated) {
            invalidations.incrementAndGet();
        }
        switch (event) {
            case Event.TokenRevoked revoked -> entries.remove(revoked.tokenHash());
            case Event.TokensRevoked revoked -> forget(revoked.userId());
            case Event.UserDeactivated deactivated -> forget(deactivated.userId());
            case Event.UserUpdated updated -> forget(updated.user().id());
            default -> {
            }
        }
    }

    private void forget(String userId) {
        entries.values().removeIf(entry -> entry.credential().actor().userId().equals(userId));
    }
}
