package dev.parley.core.room;

import static dev.parley.core.testing.CoreServices.id;
import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.event.Event;
import dev.parley.core.page.PageRequest;
import dev.parley.core.testing.CoreServices;
import dev.parley.core.user.UserRole;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A room always has an owner while anyone is in it: who takes over when the owner goes. */
class OwnerHandOffTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();
    private final Actor owner = parley.user("owner");
    private final Actor ana = parley.user("ana");
    private final Actor bob = parley.user("bob");

    @Test
    void an_owner_who_leaves_hands_the_room_to_the_longest_standing_member() {
        RoomSummary group = parley.group(owner, bob);
        Actor aaron = parley.user("aaron");
        parley.members().add(owner, id(group), List.of(aaron.userId()));
        parley.events().take();

        parley.members().remove(owner, id(group), owner.userId());

        assertThat(roles(group, bob)).containsExactlyInAnyOrderEntriesOf(Map.of(
                bob.userId(), MemberRole.OWNER, aaron.userId(), MemberRole.MEMBER));
        List<Event> events = parley.events().take();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo(new Event.MemberRemoved(group.room().id(), 0, owner.userId(), 3));
        assertThat(events.get(1)).isInstanceOfSatisfying(Event.MemberUpdated.class, changed -> {
            assertThat(changed.member().userId()).isEqualTo(bob.userId());
            assertThat(changed.member().role()).isEqualTo(MemberRole.OWNER);
        });
        assertThat(parley.rooms().get(bob, id(group)).room().memberCount()).isEqualTo(2);
    }

    @Test
    void members_who_joined_at_the_same_time_hand_over_to_the_smallest_user_id() {
        RoomSummary group = parley.group(owner, bob, ana);

        parley.members().remove(owner, id(group), owner.userId());

        assertThat(roles(group, ana).get(ana.userId())).isEqualTo(MemberRole.OWNER);
        assertThat(roles(group, ana).get(bob.userId())).isEqualTo(MemberRole.MEMBER);
    }

    @Test
    void a_member_who_leaves_hands_nothing_over() {
        RoomSummary group = parley.group(owner, ana, bob);
        parley.events().take();

        parley.members().remove(ana, id(group), ana.userId());

        assertThat(roles(group, owner)).containsOnlyKeys(owner.userId(), bob.userId());
        assertThat(parley.events().take()).containsExactly(
                new Event.MemberRemoved(group.room().id(), 0, ana.userId(), 2));
    }

    @Test
    void no_one_but_an_admin_removes_the_owner() {
        RoomSummary group = parley.group(owner, ana);
        parley.members().setRole(owner, id(group), ana.userId(), "moderator");
        Actor admin = parley.user("admin", UserRole.ADMIN);

        assertRefused(ErrorCode.FORBIDDEN, () -> parley.members().remove(ana, id(group), owner.userId()));
        parley.members().remove(admin, id(group), owner.userId());

        assertThat(roles(group, ana)).containsExactlyEntriesOf(Map.of(ana.userId(), MemberRole.OWNER));
    }

    @Test
    void making_someone_owner_makes_the_old_owner_a_moderator() {
        RoomSummary group = parley.group(owner, ana);
        parley.events().take();

        parley.members().setRole(owner, id(group), ana.userId(), "owner");

        assertThat(roles(group, ana)).containsExactlyInAnyOrderEntriesOf(Map.of(
                owner.userId(), MemberRole.MODERATOR, ana.userId(), MemberRole.OWNER));
        assertThat(parley.events().take(Event.MemberUpdated.class))
                .extracting(e -> e.member().userId() + "=" + e.member().role().wireName())
                .containsExactly(owner.userId() + "=moderator", ana.userId() + "=owner");
    }

    @Test
    void only_the_owner_sets_roles_and_an_owner_cannot_step_down_without_an_heir() {
        RoomSummary group = parley.group(owner, ana, bob);
        parley.members().setRole(owner, id(group), ana.userId(), "moderator");

        assertRefused(ErrorCode.FORBIDDEN, () -> parley.members().setRole(ana, id(group), bob.userId(), "moderator"));
        assertRefused(ErrorCode.VALIDATION_FAILED, () -> parley.members().setRole(owner, id(group), owner.userId(),
                "member"));
    }

    private Map<String, MemberRole> roles(RoomSummary room, Actor viewer) {
        return parley.members().list(viewer, id(room), new PageRequest(50, null)).items().stream()
                .collect(Collectors.toMap(view -> view.member().userId(), view -> view.member().role()));
    }
}
