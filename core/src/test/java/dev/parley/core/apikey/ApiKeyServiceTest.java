package dev.parley.core.apikey;

import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.audit.AuditEntry;
import dev.parley.core.audit.AuditQuery;
import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.id.UuidV7Generator;
import dev.parley.core.testing.CoreServices;
import dev.parley.core.user.UserRole;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API secret rotated by app admins: stored for every node, the replaced one accepted for the overlap window only. */
class ApiKeyServiceTest {
    private static final String FIRST = "sk_first_0123456789abcdef0123456789abcdef";

    @RegisterExtension
    final CoreServices parley = new CoreServices();

    private ApiKeyService open() {
        return ApiKeyService.open(parley.transactor(), new AuditTrail(new UuidV7Generator(parley.clock()),
                parley.clock()), parley.clock(), "pk_test", FIRST);
    }

    @Test
    void the_first_start_stores_the_configured_secret_and_a_later_start_keeps_the_stored_one() {
        ApiKeyService first = open();
        String rotated = first.rotate(Actor.API_SECRET, 1.0).newSecret();

        ApiKeyService restarted = open();

        assertThat(restarted.live().current().secret()).isEqualTo(rotated);
        assertThat(restarted.live().current().version()).isEqualTo(2);
    }

    @Test
    void a_rotation_signs_with_the_new_secret_and_accepts_the_old_one_until_the_window_ends() {
        ApiKeyService keys = open();
        Actor admin = parley.user("admin", UserRole.ADMIN);

        ApiKeyStatus rotated = keys.rotate(admin, 2.0);

        ApiSecret live = keys.live().current();
        assertThat(live.secret()).isEqualTo(rotated.newSecret()).startsWith("sk_").isNotEqualTo(FIRST);
        assertThat(live.verifying(parley.clock().instant())).containsExactly(rotated.newSecret(), FIRST);
        assertThat(rotated.previousSecretValidUntil()).isEqualTo(live.createdAt().plus(Duration.ofHours(2)));
        assertThat(keys.status(admin).newSecret()).isNull();

        parley.clock().advance(Duration.ofHours(2));
        assertThat(live.verifying(parley.clock().instant())).containsExactly(rotated.newSecret());
        assertThat(keys.status(admin).previousSecretValidUntil()).isNull();
    }

    @Test
    void a_second_rotation_in_the_window_drops_the_first_secret_at_once() {
        ApiKeyService keys = open();
        String second = keys.rotate(Actor.API_SECRET, null).newSecret();
        String third = keys.rotate(Actor.API_SECRET, null).newSecret();

        assertThat(keys.live().current().verifying(parley.clock().instant())).containsExactly(third, second);
    }

    @Test
    void another_node_takes_the_rotation_when_it_reloads() {
        ApiKeyService one = open();
        ApiKeyService two = open();

        String rotated = one.rotate(Actor.API_SECRET, 0.0).newSecret();
        assertThat(two.live().current().secret()).isEqualTo(FIRST);
        two.reload();

        assertThat(two.live().current().verifying(parley.clock().instant())).containsExactly(rotated);
    }

    @Test
    void the_rotation_is_audited_without_any_secret() {
        ApiKeyService keys = open();
        String rotated = keys.rotate(parley.user("admin", UserRole.ADMIN), 24.0).newSecret();

        List<AuditEntry> audit = parley.store().read(repos -> repos.audit().search(
                new AuditQuery(null, null, null, null, null, 50)));
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("api_key.rotate");
            assertThat(entry.actorId()).isEqualTo("admin");
            assertThat(entry.before() + entry.after()).contains("secret 1", "secret 2")
                    .doesNotContain(FIRST, rotated, "sk_");
        });
    }

    @Test
    void a_user_or_a_window_out_of_range_is_refused_and_nothing_changes() {
        ApiKeyService keys = open();
        Actor ana = parley.user("ana");

        assertRefused(ErrorCode.FORBIDDEN, () -> keys.rotate(ana, null));
        assertRefused(ErrorCode.FORBIDDEN, () -> keys.status(ana));
        assertRefused(ErrorCode.VALIDATION_FAILED, () -> keys.rotate(Actor.API_SECRET, -1.0));
        assertRefused(ErrorCode.VALIDATION_FAILED, () -> keys.rotate(Actor.API_SECRET, 721.0));
        assertRefused(ErrorCode.VALIDATION_FAILED, () -> keys.rotate(Actor.API_SECRET, Double.NaN));

        keys.reload();
        assertThat(keys.live().current().secret()).isEqualTo(FIRST);
        assertThat(keys.live().current().version()).isEqualTo(1);
    }
}
