package dev.parley.server.auth;

import dev.parley.core.apikey.ApiSecret;
import dev.parley.core.apikey.LiveApiSecret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The API secrets this node signs and verifies with: everything new is signed with the current
 * secret; a credential (the secret itself, a user token, a file link, an {@code X-Signature}) is
 * accepted when made with the current one or, during a rotation's overlap window, the replaced
 * one. When none matches, the stored secret is read again first (at most once a second), so a
 * rotation made on another node is accepted here at once.
 */
public final class ApiSecrets {
    private static final long RELOAD_GAP_MILLIS = 1000;

    private final LiveApiSecret live;
    private final Runnable reload;
    private final Clock clock;
    private final AtomicLong lastReload = new AtomicLong(Long.MIN_VALUE);

    public ApiSecrets(LiveApiSecret live, Runnable reload, Clock clock) {
        this.live = live;
        this.reload = reload;
        this.clock = clock;
    }

    /** One secret that never rotates (tools and tests). */
    public static ApiSecrets fixed(String secret) {
        return new ApiSecrets(new LiveApiSecret(ApiSecret.initial(secret, Instant.EPOCH)), () -> { },
                Clock.systemUTC());
    }

    /** The secret that signs everything new. */
    public String signing() {
        return live.current().secret();
    }

    /** Whether {@code check} holds for a secret in force (the current one, or the replaced one in its window). */
    public boolean anyVerifies(Predicate<String> check) {
        if (verifiesNow(check)) {
            return true;
        }
        long last = lastReload.get();
        long now = clock.millis();
        if ((last == Long.MIN_VALUE || now - last >= RELOAD_GAP_MILLIS) && lastReload.compareAndSet(last, now)) {
            long before = live.current().version();
            try {
                reload.run();
            } catch (RuntimeException unreadable) { // the database is down: judge with the secrets held
                return false;
            }
            return live.current().version() != before && verifiesNow(check);
        }
        return false;
    }

    /**
     * Whether {@code presented} is the API secret (constant time). A user token (a JWT, which
     * every user request presents here first) never makes the node read the stored secret.
     */
    public boolean isSecret(String presented) {
        if (presented == null) {
            return false;
        }
        Predicate<String> same = secret -> equal(presented, secret);
        return looksLikeJwt(presented) ? verifiesNow(same) : anyVerifies(same);
    }

    private static boolean looksLikeJwt(String credential) {
        return credential.startsWith("eyJ") && credential.chars().filter(c -> c == '.').count() == 2;
    }

    /** When the replaced secret stopped being accepted, if {@code presented} is that secret and its window ended. */
    public Optional<Instant> retiredAt(String presented) {
        return presented == null ? Optional.empty() : retiredFor(secret -> equal(presented, secret));
    }

    /**
     * When the replaced secret stopped being accepted, if its window ended and {@code check} holds
     * for it (a credential made with it), so that the refusal can say why.
     */
    public Optional<Instant> retiredFor(Predicate<String> check) {
        ApiSecret current = live.current();
        return current.previousSecret() != null && !current.previousInForce(clock.instant())
                && check.test(current.previousSecret()) ? Optional.of(current.previousValidUntil()) : Optional.empty();
    }

    private boolean verifiesNow(Predicate<String> check) {
        for (String secret : live.current().verifying(clock.instant())) {
            if (check.test(secret)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equal(String presented, String secret) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    }
}
