package dev.parley.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.event.Event;
import dev.parley.core.user.User;
import dev.parley.core.user.UserRole;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {
    private final AtomicLong nanos = new AtomicLong();
    private final CredentialCache cache = new CredentialCache(nanos::get);
    private static final long NOW = 1_800_000_000L;

    private static Credential credential(String user, String hash, long expiresAt) {
        return new Credential(new Actor(user, UserRole.USER), hash, NOW - 10, Instant.ofEpochSecond(expiresAt));
    }

    @Test
    void a_verified_credential_is_served_until_its_ttl() {
        cache.put(credential("ana", "h1", NOW + 3600), cache.epoch());

        assertThat(cache.get("h1", NOW)).isNotNull();
        nanos.addAndGet(CredentialCache.TTL.toNanos() + 1);
        assertThat(cache.get("h1", NOW)).isNull();
    }

    @Test
    void an_expired_token_is_not_served_from_the_cache() {
        cache.put(credential("ana", "h1", NOW + 5), cache.epoch());

        assertThat(cache.get("h1", NOW + 5 + AuthService.CLOCK_SKEW_SECONDS + 1)).isNull();
    }

    @Test
    void logout_logout_everywhere_deactivation_and_user_changes_drop_entries_at_once() {
        cache.put(credential("ana", "a1", NOW + 3600), cache.epoch());
        cache.put(credential("ana", "a2", NOW + 3600), cache.epoch());
        cache.put(credential("bob", "b1", NOW + 3600), cache.epoch());
        cache.put(credential("cid", "c1", NOW + 3600), cache.epoch());
        cache.put(credential("dan", "d1", NOW + 3600), cache.epoch());

        cache.onEvent(new Event.TokenRevoked("ana", "a1"));
        assertThat(cache.get("a1", NOW)).isNull();
        assertThat(cache.get("a2", NOW)).isNotNull();

        cache.onEvent(new Event.TokensRevoked("ana", NOW));
        cache.onEvent(new Event.UserDeactivated("bob"));
        cache.onEvent(new Event.UserUpdated(new User("cid", "Cid", null, UserRole.ADMIN, null, true, null, null)));
        assertThat(cache.get("a2", NOW)).isNull();
        assertThat(cache.get("b1", NOW)).isNull();
        assertThat(cache.get("c1", NOW)).isNull();
        assertThat(cache.get("d1", NOW)).isNotNull();
    }

    @Test
    void a_verdict_overtaken_by_a_revocation_is_not_cached() {
        long epoch = cache.epoch();
        cache.onEvent(new Event.TokenRevoked("ana", "a1"));

        cache.put(credential("ana", "a1", NOW + 3600), epoch);

        assertThat(cache.get("a1", NOW)).isNull();
    }
}
