package dev.parley.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher fast = new PasswordHasher(1_000);

    @Test
    void a_hash_verifies_its_password_only() {
        String hash = fast.hash("correct horse");

        assertThat(hash).startsWith("pbkdf2-sha256$1000$");
        assertThat(fast.verify("correct horse", hash)).isTrue();
        assertThat(fast.verify("correct horsf", hash)).isFalse();
        assertThat(fast.verify("", hash)).isFalse();
    }

    @Test
    void each_hash_has_its_own_salt_and_old_iteration_counts_still_verify() {
        String first = fast.hash("same");
        String second = fast.hash("same");

        assertThat(first).isNotEqualTo(second);
        assertThat(new PasswordHasher(2_000).verify("same", first)).isTrue();
    }

    @Test
    void the_default_is_six_hundred_thousand_iterations() {
        assertThat(new PasswordHasher().hash("x")).startsWith("pbkdf2-sha256$600000$");
    }

    @Test
    void damaged_hashes_never_verify() {
        for (String damaged : new String[] {"", "plain", "pbkdf2-sha256$x$a$b", "md5$1$a$b", "pbkdf2-sha256$10$!!$!!"}) {
            assertThat(fast.verify("x", damaged)).as(damaged).isFalse();
        }
    }
}
