package dev.parley.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.apikey.ApiSecret;
import dev.parley.core.apikey.LiveApiSecret;
import dev.parley.core.auth.TokenClaims;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.server.files.LinkSigner;
import dev.parley.server.webhooks.WebhookSigner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Every credential made with the API secret across a rotation: user tokens, file links and
 * {@code X-Signature}s made with the replaced secret work until the overlap window ends, then
 * are refused; everything new is made with the new secret; a rotation stored by another node is
 * taken on the first credential this node does not recognise.
 */
class ApiSecretsTest {
    private static final String OLD = "sk_old_0123456789abcdef0123456789abcdef";
    private static final String NEW = "sk_new_0123456789abcdef0123456789abcdef";
    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final LiveApiSecret live = new LiveApiSecret(ApiSecret.initial(OLD, START));
    private final AtomicReference<ApiSecret> stored = new AtomicReference<>(live.current());
    private final ApiSecrets secrets = new ApiSecrets(live, () -> live.offer(stored.get()), clock);

    private void rotateElsewhere(Duration overlap) {
        stored.set(live.current().rotatedTo(NEW, clock.instant(), clock.instant().plus(overlap)));
    }

    private static TokenClaims claims() {
        return new TokenClaims("ana", START.getEpochSecond(), START.plus(Duration.ofDays(30)).getEpochSecond(),
                null, null);
    }

    @Test
    void credentials_made_with_the_replaced_secret_work_in_the_window_and_are_refused_after_it() {
        var codec = new JwtTokenCodec(secrets);
        var links = new LinkSigner(secrets);
        var webhooks = new WebhookSigner(secrets);
        String oldToken = codec.encode(claims());
        String oldLink = links.sign("file", "original", START.plus(Duration.ofDays(2)).getEpochSecond());
        String oldSignature = webhooks.apiSignature("{}");

        rotateElsewhere(Duration.ofHours(24));
        assertThat(secrets.isSecret(NEW)).isTrue(); // taken from the store on the miss
        assertThat(secrets.signing()).isEqualTo(NEW);
        assertThat(new JwtTokenCodec(NEW).decode(codec.encode(claims())).subject()).isEqualTo("ana");
        assertThat(webhooks.apiSignature("{}")).isEqualTo(new WebhookSigner(NEW).apiSignature("{}"));

        clock.move(Duration.ofHours(23));
        assertThat(secrets.isSecret(OLD)).isTrue();
        assertThat(codec.decode(oldToken).subject()).isEqualTo("ana");
        assertThat(links.verify("file", "original", expiry(), oldLink, clock.instant())).isTrue();
        assertThat(webhooks.verifyApiSignature("{}", oldSignature)).isTrue();

        clock.move(Duration.ofHours(1));
        assertThat(secrets.isSecret(OLD)).isFalse();
        assertThat(secrets.retiredAt(OLD)).contains(START.plus(Duration.ofHours(24)));
        assertThatThrownBy(() -> codec.decode(oldToken)).isInstanceOfSatisfying(ParleyException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.TOKEN_EXPIRED));
        assertThat(links.verify("file", "original", expiry(), oldLink, clock.instant())).isFalse();
        assertThat(webhooks.verifyApiSignature("{}", oldSignature)).isFalse();
        assertThat(secrets.isSecret(NEW)).isTrue();
    }

    @Test
    void a_forged_credential_is_refused_and_reads_the_store_at_most_once_a_second() {
        var reads = new java.util.concurrent.atomic.AtomicInteger();
        var counting = new ApiSecrets(live, reads::incrementAndGet, clock);

        for (int i = 0; i < 50; i++) {
            assertThat(counting.isSecret("sk_forged_" + i)).isFalse();
        }

        assertThat(reads.get()).isEqualTo(1);
        clock.move(Duration.ofSeconds(1));
        assertThat(counting.isSecret("sk_forged")).isFalse();
        assertThat(reads.get()).isEqualTo(2);
        assertThat(counting.retiredAt("sk_forged")).isEmpty();
    }

    @Test
    void a_user_token_presented_where_a_secret_may_be_never_reads_the_store() {
        var reads = new java.util.concurrent.atomic.AtomicInteger();
        var counting = new ApiSecrets(live, reads::incrementAndGet, clock);
        String token = new JwtTokenCodec(counting).encode(claims());

        assertThat(counting.isSecret(token)).isFalse();

        assertThat(reads.get()).isZero();
    }

    private static String expiry() {
        return Long.toString(START.plus(Duration.ofDays(2)).getEpochSecond());
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void move(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }
    }
}
