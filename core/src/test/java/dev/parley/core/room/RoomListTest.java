package dev.parley.core.room;

import static dev.parley.core.testing.CoreServices.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.Actor;
import dev.parley.core.message.Message;
import dev.parley.core.message.Reaction;
import dev.parley.core.page.PageRequest;
import dev.parley.core.testing.CoreServices;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A user's room list: most recent activity first, with unread counts and the last message as history has it. */
class RoomListTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();
    private final Actor ana = parley.user("ana");
    private final Actor bob = parley.user("bob");

    @Test
    void the_most_recently_active_room_comes_first_with_its_unread_count() {
        RoomSummary quiet = parley.group(ana, bob);
        RoomSummary busy = parley.group(ana, bob);
        parley.post(ana, busy, "one");
        parley.post(ana, busy, "two");

        List<RoomSummary> rooms = parley.rooms().list(bob, new PageRequest(10, null)).items();

        assertThat(rooms).extracting(summary -> summary.room().id()).containsExactly(busy.room().id(), quiet.room().id());
        assertThat(rooms.getFirst().unreadCount()).isEqualTo(2);
        assertThat(rooms.getFirst().lastMessage().text()).isEqualTo("two");
    }

    @Test
    void the_last_message_carries_its_reactions_in_the_list_and_in_the_room() {
        RoomSummary room = parley.group(ana, bob);
        Message last = parley.post(ana, room, "react to me");
        parley.messages().react(bob, id(room), last.id().toString(), "👍", true);
        List<Reaction> expected = List.of(new Reaction("👍", 1, List.of(bob.userId())));

        RoomSummary listed = parley.rooms().list(ana, new PageRequest(10, null)).items().getFirst();
        RoomSummary got = parley.rooms().get(ana, id(room));

        assertThat(listed.lastMessage().reactions()).isEqualTo(expected);
        assertThat(got.lastMessage().reactions()).isEqualTo(expected);
    }
}
