package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.message.Mentions;
import dev.parley.core.message.Message;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.user.User;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Counts that stay true after deletes: a deleted message above a reader's mark is no longer
 * unread (nor a mention), and the room list's last message is the latest one that still exists.
 */
public abstract class CountsAfterDeletesContract extends StoreContract {

    @Test
    void deleting_unread_messages_lowers_the_unread_count_of_those_who_had_not_read_them_only() {
        User ana = data().user();
        User bob = data().user();
        User cy = data().user();
        Room room = data().group(ana, bob, cy);
        Message one = data().post(room, ana, "one");
        Message two = data().post(room, ana, "two");
        data().post(room, ana, "three");
        readUpTo(room, bob, 1);

        tombstone(two);

        assertThat(listed(bob, room).unreadCount()).as("two of three were unread; one of them is gone").isEqualTo(1);
        assertThat(listed(cy, room).unreadCount()).isEqualTo(2);
        assertThat(listed(ana, room).unreadCount()).as("the author's own messages are read").isZero();

        tombstone(one);

        assertThat(listed(bob, room).unreadCount()).as("bob had read it already").isEqualTo(1);
        assertThat(listed(cy, room).unreadCount()).isEqualTo(1);
        assertThat(deletedAbove(room, 0)).isEqualTo(2);
        assertThat(deletedAbove(room, 1)).isEqualTo(1);
        assertThat(deletedAbove(room, 2)).isZero();
    }

    @Test
    void deleting_a_message_twice_counts_it_once() {
        User ana = data().user();
        User bob = data().user();
        Room room = data().group(ana, bob);
        Message message = data().post(room, ana, "hi");
        data().post(room, ana, "there");

        tombstone(message);
        tombstone(message);

        assertThat(deletedAbove(room, 0)).isEqualTo(1);
        assertThat(listed(bob, room).unreadCount()).isEqualTo(1);
    }

    @Test
    void deleting_an_unread_mention_lowers_the_mention_count() {
        User ana = data().user();
        User bob = data().user();
        Room room = data().group(ana, bob);
        Message mention = data().post(room, ana, "@bob", new Mentions(List.of(bob.id()), false));
        data().post(room, ana, "@all", new Mentions(List.of(), true));
        assertThat(listed(bob, room).mentionCount()).isEqualTo(2);

        tombstone(mention);

        assertThat(listed(bob, room).mentionCount()).isEqualTo(1);
        assertThat(listed(bob, room).unreadCount()).isEqualTo(1);
    }

    @Test
    void the_last_message_falls_back_to_the_latest_one_that_still_exists() {
        User ana = data().user();
        User bob = data().user();
        Room room = data().group(ana, bob);
        Message one = data().post(room, ana, "one");
        Message two = data().post(room, ana, "two");
        Message three = data().post(room, ana, "three");

        tombstone(three);
        assertThat(listed(bob, room).lastMessage()).isEqualTo(two);
        assertThat(latest(room)).contains(two);

        tombstone(one);
        assertThat(listed(bob, room).lastMessage()).as("an older delete changes nothing").isEqualTo(two);

        tombstone(two);
        assertThat(listed(bob, room).lastMessage()).as("none is left").isNull();
        assertThat(latest(room)).isEmpty();
        assertThat(listed(bob, room).room().lastSeq()).isEqualTo(3);

        Message four = data().post(room, ana, "four");
        assertThat(listed(bob, room).lastMessage()).isEqualTo(four);
        assertThat(listed(bob, room).unreadCount()).isEqualTo(1);
    }

    @Test
    void the_last_message_is_found_behind_a_long_run_of_deleted_ones() {
        User ana = data().user();
        User bob = data().user();
        Room room = data().group(ana, bob);
        Message first = data().post(room, ana, "kept");
        List<Message> later = IntStream.range(0, 600).mapToObj(i -> data().post(room, ana, "gone " + i)).toList();

        store().transaction(repos -> {
            later.forEach(m -> repos.messages().tombstone(m.id(), TestData.now()));
            return null;
        });

        assertThat(listed(bob, room).lastMessage()).isEqualTo(first);
        assertThat(listed(bob, room).unreadCount()).isEqualTo(1);
        assertThat(deletedAbove(room, 1)).isEqualTo(600);
    }

    private void readUpTo(Room room, User user, long seq) {
        store().transaction(repos -> repos.members().advanceReadMark(room.id(), user.id(), seq));
    }

    private void tombstone(Message message) {
        store().transaction(repos -> {
            repos.messages().tombstone(message.id(), TestData.now());
            return null;
        });
    }

    private long deletedAbove(Room room, long seq) {
        return store().read(repos -> repos.messages().deletedAbove(room.id(), seq));
    }

    private java.util.Optional<Message> latest(Room room) {
        return store().read(repos -> repos.messages().latest(room.id()));
    }

    private RoomSummary listed(User user, Room room) {
        return store().read(repos -> repos.members().roomsOf(user.id(), null, 50)).stream()
                .filter(s -> s.room().id().equals(room.id())).findFirst().orElseThrow();
    }
}
