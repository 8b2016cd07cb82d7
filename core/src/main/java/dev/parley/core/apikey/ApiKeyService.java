package dev.parley.core.apikey;

import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Admins;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.store.DuplicateKeyException;
import dev.parley.core.store.Transactor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The API secret at run time. It is stored for every node (the configuration or the credentials
 * file only gives the first one); an app admin rotates it: a new secret signs everything from
 * then on, and the replaced one is still accepted for an overlap window. Each rotation is
 * audited (without secrets); the other nodes take it when they next read the stored secret.
 */
public final class ApiKeyService {
    /** The overlap window when the admin names none. */
    public static final int DEFAULT_OVERLAP_HOURS = 24;
    /** The longest overlap window: the longest a user token lives (30 days). */
    public static final int MAX_OVERLAP_HOURS = 720;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Transactor store;
    private final LiveApiSecret live;
    private final AuditTrail audit;
    private final Clock clock;
    private final String apiKey;

    private ApiKeyService(Transactor store, LiveApiSecret live, AuditTrail audit, Clock clock, String apiKey) {
        this.store = store;
        this.live = live;
        this.audit = audit;
        this.clock = clock;
        this.apiKey = apiKey;
    }

    /** The service over the stored secret, storing {@code initialSecret} first if none is stored yet. */
    public static ApiKeyService open(Transactor store, AuditTrail audit, Clock clock, String apiKey,
            String initialSecret) {
        ApiSecret stored = store.read(repos -> repos.apiSecrets().find()).orElseGet(() -> {
            try {
                return store.write(repos -> {
                    ApiSecret first = ApiSecret.initial(initialSecret, clock.instant());
                    repos.apiSecrets().create(first);
                    return first;
                });
            } catch (DuplicateKeyException another) { // another node stored one at the same time
                return store.read(repos -> repos.apiSecrets().find()).orElseThrow();
            }
        });
        return new ApiKeyService(store, new LiveApiSecret(stored), audit, clock, apiKey);
    }

    /** A new random secret: {@code sk_} and 36 random bytes, base64url. */
    public static String generateSecret() {
        return "sk_" + random(36);
    }

    /** {@code bytes} random bytes, base64url without padding. */
    public static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** The secret this node signs and verifies with now. */
    public LiveApiSecret live() {
        return live;
    }

    public String apiKey() {
        return apiKey;
    }

    /** The key, the secret's version and age, and the overlap window (app admins). */
    public ApiKeyStatus status(Actor actor) {
        Admins.check(actor, "see the API key");
        reload(); // a rotation made on another node shows at once
        return status(live.current(), null);
    }

    /**
     * Replaces the secret with a new random one, the replaced one accepted for {@code overlapHours}
     * more (fractions allowed, to the second; null: {@value #DEFAULT_OVERLAP_HOURS}; 0: refused at once). A secret replaced by an
     * earlier rotation and still in its window is refused from now on. The answer carries the new
     * secret: it is never shown again.
     */
    public ApiKeyStatus rotate(Actor actor, Double overlapHours) {
        Admins.check(actor, "rotate the API secret");
        double hours = overlapHours == null ? DEFAULT_OVERLAP_HOURS : overlapHours;
        if (!(hours >= 0 && hours <= MAX_OVERLAP_HOURS)) {
            throw ParleyException.invalid("overlapHours must be a number from 0 to " + MAX_OVERLAP_HOURS);
        }
        Duration overlap = Duration.ofSeconds(Math.round(hours * 3600));
        String next = generateSecret();
        ApiSecret rotated = store.write(repos -> {
            ApiSecret stored = repos.apiSecrets().find().orElseGet(live::current);
            Instant now = clock.instant();
            ApiSecret changed = stored.rotatedTo(next, now, now.plus(overlap));
            if (!repos.apiSecrets().replace(stored.version(), changed)) {
                throw new ParleyException(ErrorCode.UNAVAILABLE, "another rotation was being stored; try again");
            }
            audit.write(repos, actor, "api_key.rotate", "app", apiKey, describe(stored),
                    describe(changed) + "; secret " + stored.version() + " accepted until "
                            + changed.previousValidUntil());
            return changed;
        });
        live.offer(rotated);
        return status(rotated, next);
    }

    /** Takes the stored secret if it is newer than the one held (periodically, and when a credential failed). */
    public void reload() {
        store.read(repos -> repos.apiSecrets().find()).ifPresent(live::offer);
    }

    private ApiKeyStatus status(ApiSecret secret, String newSecret) {
        Instant now = clock.instant();
        return new ApiKeyStatus(apiKey, secret.version(), secret.createdAt(),
                secret.previousInForce(now) ? secret.previousValidUntil() : null, newSecret);
    }

    private static String describe(ApiSecret secret) {
        return "secret " + secret.version() + " made " + secret.createdAt();
    }
}
