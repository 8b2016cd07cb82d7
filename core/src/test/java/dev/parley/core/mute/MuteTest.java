package dev.parley.core.mute;

import static dev.parley.core.testing.CoreServices.id;
import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A member mutes a room for themselves; nobody else's view changes. */
class MuteTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();
    private final Actor ana = parley.user("ana");
    private final Actor bob = parley.user("bob");
    private final Actor zed = parley.user("zed");
    private final RoomSummary room = parley.group(ana, bob);

    @Test
    void muting_shows_in_the_members_own_room_list_only_and_unmuting_undoes_it() {
        assertThat(parley.mutes().setMuted(bob, id(room), true).muted()).isTrue();
        assertThat(parley.mutes().setMuted(bob, id(room), true).muted()).as("idempotent").isTrue();

        assertThat(parley.roomOf(bob, room).muted()).isTrue();
        assertThat(parley.roomOf(ana, room).muted()).isFalse();

        assertThat(parley.mutes().setMuted(bob, id(room), false).muted()).isFalse();
        assertThat(parley.roomOf(bob, room).muted()).isFalse();
    }

    @Test
    void a_muted_room_still_counts_unread_messages() {
        parley.mutes().setMuted(bob, id(room), true);
        parley.post(ana, room, "hello");

        assertThat(parley.roomOf(bob, room).unreadCount()).isEqualTo(1);
    }

    @Test
    void someone_outside_a_group_cannot_mute_it_and_learns_nothing_about_it() {
        assertRefused(ErrorCode.ROOM_NOT_FOUND, () -> parley.mutes().setMuted(zed, id(room), true));
        assertRefused(ErrorCode.VALIDATION_FAILED, () -> parley.mutes().setMuted(bob, "not-a-uuid", true));
    }

    @Test
    void a_non_member_of_a_channel_is_told_to_join_first() {
        RoomSummary channel = parley.channel(ana);

        assertRefused(ErrorCode.FORBIDDEN, () -> parley.mutes().setMuted(zed, id(channel), true));
    }

    @Test
    void leaving_and_joining_again_starts_unmuted() {
        RoomSummary channel = parley.channel(ana, bob);
        parley.mutes().setMuted(bob, id(channel), true);

        parley.members().remove(bob, id(channel), bob.userId());
        parley.members().add(bob, id(channel), java.util.List.of(bob.userId()));

        assertThat(parley.roomOf(bob, channel).muted()).isFalse();
    }
}
