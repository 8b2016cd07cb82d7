package dev.parley.core.read;

import static dev.parley.core.testing.CoreServices.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.Actor;
import dev.parley.core.message.Message;
import dev.parley.core.page.PageRequest;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Unread and mention counts, and the last message, as members see them after messages are deleted. */
class UnreadAfterDeletesTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();
    private final Actor ana = parley.user("ana");
    private final Actor bob = parley.user("bob");
    private final RoomSummary room = parley.group(ana, bob);

    @Test
    void a_deleted_unread_message_is_no_longer_unread_in_the_room_or_the_room_list() {
        parley.post(ana, room, "one");
        Message two = parley.post(ana, room, "two");
        parley.post(ana, room, "three");

        parley.messages().delete(ana, id(room), two.id().toString());

        assertThat(parley.roomOf(bob, room).unreadCount()).isEqualTo(2);
        assertThat(listed(bob).unreadCount()).isEqualTo(2);
        assertThat(parley.roomOf(ana, room).unreadCount()).as("the author's own messages are read").isZero();
    }

    @Test
    void a_read_mark_answers_the_unread_count_without_the_deleted_messages_above_it() {
        parley.post(ana, room, "one");
        parley.post(ana, room, "two");
        Message three = parley.post(ana, room, "three");
        parley.messages().delete(ana, id(room), three.id().toString());

        ReadMark mark = parley.reads().markRead(bob, id(room), 1);

        assertThat(mark.unreadCount()).isEqualTo(1);
        assertThat(mark.lastSeq()).isEqualTo(3);
    }

    @Test
    void deleting_an_unread_mention_lowers_the_mention_count() {
        parley.post(ana, room, "hello @bob");
        Message mention = parley.post(ana, room, "@bob again");
        assertThat(parley.roomOf(bob, room).mentionCount()).isEqualTo(2);

        parley.messages().delete(ana, id(room), mention.id().toString());

        assertThat(parley.roomOf(bob, room).mentionCount()).isEqualTo(1);
    }

    @Test
    void the_last_message_is_the_latest_that_still_exists_and_none_once_all_are_deleted() {
        Message one = parley.post(ana, room, "one");
        Message two = parley.post(ana, room, "two");

        parley.messages().delete(ana, id(room), two.id().toString());
        assertThat(parley.roomOf(bob, room).lastMessage().id()).isEqualTo(one.id());
        assertThat(listed(bob).lastMessage().id()).isEqualTo(one.id());

        parley.messages().delete(ana, id(room), one.id().toString());
        assertThat(parley.roomOf(bob, room).lastMessage()).isNull();
        assertThat(listed(bob).lastMessage()).isNull();
        assertThat(parley.roomOf(bob, room).unreadCount()).isZero();
    }

    private RoomSummary listed(Actor actor) {
        return parley.rooms().list(actor, new PageRequest(50, null)).items().getFirst();
    }
}
