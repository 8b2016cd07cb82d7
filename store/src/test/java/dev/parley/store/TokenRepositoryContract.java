package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

public abstract class TokenRepositoryContract extends StoreContract {

    @Test
    void a_revoked_token_is_revoked_and_revoking_again_is_harmless() {
        String hash = "h" + TestData.token();
        Instant expires = TestData.now().plusSeconds(3600);

        revoke(hash, expires);
        revoke(hash, expires);

        var isRevoked = store().<Boolean>read(repos -> repos.tokens().isRevoked(hash));
        assertThat(isRevoked).isTrue();
        var isRevoked2 = store().<Boolean>read(repos -> repos.tokens().isRevoked("h" + TestData.token()));
        assertThat(isRevoked2).isFalse();
    }

    @Test
    void purging_forgets_revocations_that_expired_before_now() {
        Instant now = TestData.now();
        String expired = "h" + TestData.token();
        String live = "h" + TestData.token();
        revoke(expired, now.minusSeconds(1));
        revoke(live, now.plusSeconds(60));

        int purged = store().transaction(repos -> repos.tokens().purgeExpired(now));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        var isRevoked = store().<Boolean>read(repos -> repos.tokens().isRevoked(expired));
        assertThat(isRevoked).isFalse();
        var isRevoked2 = store().<Boolean>read(repos -> repos.tokens().isRevoked(live));
        assertThat(isRevoked2).isTrue();
    }

    private void revoke(String hash, Instant expires) {
        store().transaction(repos -> {
            repos.tokens().revoke(hash, "someone", expires);
            return null;
        });
    }
}
