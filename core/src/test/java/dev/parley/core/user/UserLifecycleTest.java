package dev.parley.core.user;

import static dev.parley.core.testing.CoreServices.id;
import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.event.Event;
import dev.parley.core.page.PageRequest;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Users as the application provisions them: created, updated, deactivated and back. */
class UserLifecycleTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();
    private final Actor ana = parley.user("ana");

    @Test
    void creating_a_user_publishes_nothing_and_renaming_one_publishes_the_update_and_the_changed_profile() {
        parley.events().take();
        parley.users().put("bob", new UserDraft("Bob", null, null, null));

        User renamed = parley.users().put("bob", new UserDraft("Robert", null, "admin", null)).value();

        assertThat(renamed.role()).isEqualTo(UserRole.ADMIN);
        assertThat(parley.events().take()).containsExactly(new Event.UserUpdated(renamed),
                new Event.ProfileChanged(new UserCard("bob", "Robert", null), java.util.Set.of()));
    }

    @Test
    void a_deactivated_user_leaves_the_directory_cannot_be_added_to_rooms_nor_provisioned() {
        Actor bob = parley.user("bob");
        RoomSummary room = parley.group(ana);
        parley.events().take();

        parley.users().deactivate(bob.userId());

        assertThat(parley.events().take()).containsExactly(new Event.UserDeactivated(bob.userId()));
        assertThat(parley.users().directory(ana, "b", new PageRequest(10, null)).items()).isEmpty();
        assertRefused(ErrorCode.USER_NOT_FOUND, () -> parley.members().add(ana, id(room), List.of(bob.userId())));
        assertRefused(ErrorCode.USER_DEACTIVATED, () -> parley.users().provision(bob.userId(), "Bob"));
    }

    @Test
    void deactivating_twice_publishes_once_and_a_put_brings_the_user_back_with_later_tokens_only() {
        Actor bob = parley.user("bob");
        parley.users().deactivate(bob.userId());
        long validFrom = parley.store().read(repos -> repos.users().tokensValidFrom(bob.userId()));
        parley.events().take();

        parley.users().deactivate(bob.userId());
        User back = parley.users().put(bob.userId(), new UserDraft("User bob", null, null, null)).value();

        assertThat(back.active()).isTrue();
        assertThat(parley.events().take()).containsExactly(new Event.UserUpdated(back));
        assertThat(validFrom).as("tokens issued before the deactivation stay dead").isPositive();
        long validFromAfter = parley.store().read(repos -> repos.users().tokensValidFrom(bob.userId()));
        assertThat(validFromAfter).isEqualTo(validFrom);
    }
}
