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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The one direct room of two users: no one renames it or changes who is in it; leaving hides it. */
class DirectRoomTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();
    private final Actor ana = parley.user("ana");
    private final Actor bob = parley.user("bob");
    private final Actor admin = parley.user("admin", UserRole.ADMIN);

    @Test
    void two_users_have_one_direct_room_whoever_opens_it() {
        RoomSummary opened = parley.rooms().openDirect(ana, bob.userId()).value();

        var again = parley.rooms().openDirect(bob, ana.userId());

        assertThat(again.created()).isFalse();
        assertThat(again.value().room().id()).isEqualTo(opened.room().id());
        assertThat(again.value().peer().id()).isEqualTo(ana.userId());
    }

    @Test
    void a_direct_room_cannot_be_renamed_joined_or_have_roles_even_by_an_admin() {
        RoomSummary direct = parley.rooms().openDirect(ana, bob.userId()).value();
        Actor carol = parley.user("carol");

        assertRefused(ErrorCode.DIRECT_ROOM_IMMUTABLE, () -> parley.rooms().update(ana, id(direct),
                new RoomPatch("Renamed", null, null, null)));
        assertRefused(ErrorCode.DIRECT_ROOM_IMMUTABLE, () -> parley.members().add(ana, id(direct),
                List.of(carol.userId())));
        assertRefused(ErrorCode.DIRECT_ROOM_IMMUTABLE, () -> parley.members().setRole(admin, id(direct),
                ana.userId(), "owner"));
        assertRefused(ErrorCode.DIRECT_ROOM_IMMUTABLE, () -> parley.members().set(admin, id(direct),
                List.of(carol.userId())));
        assertRefused(ErrorCode.DIRECT_ROOM_IMMUTABLE, () -> parley.members().remove(admin, id(direct), bob.userId()));
    }

    @Test
    void leaving_a_direct_room_hides_it_until_the_next_message() {
        RoomSummary direct = parley.rooms().openDirect(ana, bob.userId()).value();
        parley.events().take();

        parley.members().remove(bob, id(direct), bob.userId());

        assertThat(roomsOf(bob)).isEmpty();
        assertThat(parley.events().take()).as("the leaver's other sessions are told").singleElement()
                .isInstanceOfSatisfying(Event.MemberUpdated.class, hidden -> {
                    assertThat(hidden.member().userId()).isEqualTo(bob.userId());
                    assertThat(hidden.member().hidden()).isTrue();
                    assertThat(hidden.change()).isEqualTo(2);
                });
        parley.post(ana, direct, "still there?");
        assertThat(roomsOf(bob)).singleElement().satisfies(summary -> assertThat(summary.unreadCount()).isEqualTo(1));
    }

    @Test
    void opening_a_hidden_direct_room_shows_it_again() {
        RoomSummary direct = parley.rooms().openDirect(ana, bob.userId()).value();
        parley.members().remove(ana, id(direct), ana.userId());

        parley.rooms().openDirect(ana, bob.userId());

        assertThat(roomsOf(ana)).extracting(summary -> summary.room().id()).containsExactly(direct.room().id());
    }

    private List<RoomSummary> roomsOf(Actor actor) {
        return parley.rooms().list(actor, new PageRequest(50, null)).items();
    }
}
