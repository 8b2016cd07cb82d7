package dev.parley.core.read;

import static dev.parley.core.testing.CoreServices.id;
import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.event.Event;
import dev.parley.core.page.PageRequest;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Read marks: unread = the room's last seq − the member's mark; a mark never moves back. */
class ReadMarkTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();
    private final Actor ana = parley.user("ana");
    private final Actor bob = parley.user("bob");
    private final RoomSummary room = parley.group(ana, bob);

    @Test
    void unread_is_the_rooms_last_seq_minus_the_members_mark() {
        for (int i = 0; i < 5; i++) {
            parley.post(ana, room, "m" + i);
        }

        ReadMark mark = parley.reads().markRead(bob, id(room), 2);

        assertThat(mark).isEqualTo(new ReadMark(room.room().id(), bob.userId(), 2, 5, 3));
        assertThat(summaryOf(bob).unreadCount()).isEqualTo(3);
        assertThat(summaryOf(bob).lastReadSeq()).isEqualTo(2);
    }

    @Test
    void own_messages_count_as_read() {
        parley.post(bob, room, "from bob");
        parley.post(ana, room, "from ana");

        assertThat(summaryOf(ana).unreadCount()).isZero();
        assertThat(summaryOf(bob).unreadCount()).isEqualTo(1);
    }

    @Test
    void a_mark_never_moves_backwards_and_moving_nowhere_publishes_nothing() {
        for (int i = 0; i < 4; i++) {
            parley.post(ana, room, "m" + i);
        }
        parley.reads().markRead(bob, id(room), 3);
        parley.events().take();

        ReadMark back = parley.reads().markRead(bob, id(room), 1);

        assertThat(back.lastReadSeq()).isEqualTo(3);
        assertThat(back.unreadCount()).isEqualTo(1);
        assertThat(parley.events().take()).isEmpty();
    }

    @Test
    void a_mark_past_the_end_stops_at_the_last_message_and_is_published_once() {
        parley.post(ana, room, "one");
        parley.post(ana, room, "two");
        parley.events().take();

        ReadMark mark = parley.reads().markRead(bob, id(room), 1_000);

        assertThat(mark.lastReadSeq()).isEqualTo(2);
        assertThat(parley.events().take()).containsExactly(new Event.ReadMarkMoved(room.room().id(), 2, bob.userId(), 2));
        parley.post(ana, room, "three");
        assertThat(summaryOf(bob).unreadCount()).as("a later message is unread").isEqualTo(1);
    }

    @Test
    void only_members_have_read_marks() {
        Actor carol = parley.user("carol");
        RoomSummary channel = parley.channel(ana);

        assertRefused(ErrorCode.FORBIDDEN, () -> parley.reads().markRead(carol, id(channel), 0));
        assertRefused(ErrorCode.ROOM_NOT_FOUND, () -> parley.reads().markRead(carol, id(room), 0));
        assertRefused(ErrorCode.VALIDATION_FAILED, () -> parley.reads().markRead(bob, id(room), -1));
    }

    private RoomSummary summaryOf(Actor actor) {
        return parley.rooms().list(actor, new PageRequest(50, null)).items().stream()
                .filter(summary -> summary.room().id().equals(room.room().id())).findFirst().orElseThrow();
    }
}
