package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.account.LocalAccount;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public abstract class AccountRepositoryContract extends StoreContract {

    @Test
    void an_account_is_stored_found_and_its_password_replaced() {
        String userId = data().user().id();
        Instant created = TestData.now();
        long before = store().read(repos -> repos.accounts().count());

        store().transaction(repos -> {
            repos.accounts().insert(new LocalAccount(userId, "pbkdf2-sha256$1$c2FsdA$aGFzaA", true, created, created));
            return null;
        });
        Instant changed = created.plusSeconds(5);
        boolean updated = store().transaction(repos -> repos.accounts().updatePassword(userId, "new-hash", false, changed));

        assertThat(updated).isTrue();
        Optional<LocalAccount> found = store().read(repos -> repos.accounts().find(userId));
        assertThat(found).contains(new LocalAccount(userId, "new-hash", false, created, changed));
        long after = store().read(repos -> repos.accounts().count());
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void a_user_without_an_account_has_none_and_no_password_to_replace() {
        String userId = data().user().id();

        Optional<LocalAccount> found = store().read(repos -> repos.accounts().find(userId));
        assertThat(found).isEmpty();
        boolean updated = store().transaction(repos -> repos.accounts().updatePassword(userId, "h", false, TestData.now()));
        assertThat(updated).isFalse();
    }
}
