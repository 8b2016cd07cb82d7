package dev.parley.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The chaos client's model of a room, fed frames as the server writes them. */
class ClientViewTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ClientView view = new ClientView("ana");

    ClientViewTest() {
        view.hold("r", new RoomView(0, 1, 0, Set.of("ana", "bob")));
    }

    @Test
    void messages_edits_deletions_and_reactions_end_as_the_last_change_left_them() {
        apply("{'type':'message.new','roomId':'r','seq':1,'message':{'id':'m1','userId':'bob','text':'hi'}}");
        apply("{'type':'message.new','roomId':'r','seq':2,'message':{'id':'m2','userId':'bob','text':'yo'}}");
        apply("{'type':'message.updated','roomId':'r','seq':1,'change':2,'message':{'id':'m1','text':'hello'}}");
        apply("{'type':'reaction.added','roomId':'r','messageId':'m1','change':3,"
                + "'reactions':[{'emoji':'tada','userIds':['ana','bob']}]}");
        apply("{'type':'message.deleted','roomId':'r','seq':2,'change':4,'message':{'id':'m2','text':'','deletedAt':'x'}}");

        RoomView room = view.room("r");
        assertThat(room.messages.get(1L).text).isEqualTo("hello");
        assertThat(room.messages.get(1L).reactions).containsExactly("tada ana", "tada bob");
        assertThat(room.messages.get(2L).deleted).isTrue();
        assertThat(room.unread()).as("bob's one message left").isEqualTo(1);
        assertThat(view.duplicates()).isEmpty();
        assertThat(view.gaps()).isZero();
    }

    @Test
    void a_change_given_twice_outside_a_sync_is_a_duplicate_and_a_skipped_one_asks_for_a_sync_of_the_room() {
        apply("{'type':'message.new','roomId':'r','seq':1,'message':{'id':'m1','userId':'bob','text':'hi'}}");
        apply("{'type':'message.updated','roomId':'r','seq':1,'change':2,'message':{'id':'m1','text':'a'}}");
        apply("{'type':'message.updated','roomId':'r','seq':1,'change':2,'message':{'id':'m1','text':'a'}}");
        assertThat(view.duplicates()).hasSize(1);

        String repair = view.apply(frame("{'type':'message.updated','roomId':'r','seq':1,'change':4,"
                + "'message':{'id':'m1','text':'c'}}"), true);

        assertThat(view.gaps()).isEqualTo(1);
        assertThat(repair).isEqualTo("{\"type\":\"sync\",\"rooms\":{\"r\":1},\"changes\":{\"r\":2}}");
        // The replay brings change 3 (older than the text shown) and change 4 again: no duplicate, text stays.
        apply("{'type':'message.updated','roomId':'r','seq':1,'change':3,'message':{'id':'m1','text':'b'}}");
        apply("{'type':'message.updated','roomId':'r','seq':1,'change':4,'message':{'id':'m1','text':'c'}}");
        apply("{'type':'sync.done'}");
        assertThat(view.room("r").messages.get(1L).text).isEqualTo("c");
        assertThat(view.room("r").lastChange).isEqualTo(4);
        assertThat(view.duplicates()).hasSize(1);
    }

    @Test
    void a_member_removed_about_oneself_drops_the_room_and_a_member_added_starts_it_at_the_join() {
        apply("{'type':'member.removed','roomId':'r','userId':'ana','change':2}");
        assertThat(view.roomIds()).isEmpty();

        apply("{'type':'member.added','roomId':'r','lastSeq':7,'change':5,'member':{'userId':'ana','lastReadSeq':7}}");
        apply("{'type':'message.new','roomId':'r','seq':8,'message':{'id':'m8','userId':'ana','text':'back'}}");

        RoomView room = view.room("r");
        assertThat(room.joinSeq).isEqualTo(7);
        assertThat(room.mark).as("one's own message is read").isEqualTo(8);
        assertThat(room.unread()).isZero();
        assertThat(room.members).as("unknown after a live join").isNull();
    }

    private void apply(String frame) {
        assertThat(view.apply(frame(frame), true)).isNull();
    }

    private static JsonNode frame(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
