package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.message.Append;
import dev.parley.core.message.Message;
import dev.parley.core.room.Room;
import dev.parley.core.stream.OpenStream;
import dev.parley.core.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public abstract class StreamRepositoryContract extends StoreContract {

    private Message stream(Room room, User user, String text, Instant at) {
        Append append = new Append(data().nextId(), room.id(), false, user.id(), text, null, List.of(), null, at, true);
        return store().messageLog().append(append).message();
    }

    private Message stored(Message message) {
        return store().<Optional<Message>>read(repos -> repos.messages().find(message.roomId(), message.id()))
                .orElseThrow();
    }

    @Test
    void a_streaming_message_is_stored_streaming_and_an_ordinary_one_is_not() {
        User user = data().user();
        Room room = data().group(user);
        Message streaming = stream(room, user, "", TestData.now());
        Message ordinary = data().post(room, user, "plain");

        assertThat(streaming.streaming()).isTrue();
        assertThat(stored(streaming).streaming()).isTrue();
        assertThat(stored(streaming).text()).isEmpty();
        assertThat(stored(ordinary).streaming()).isNull();
    }

    @Test
    void appends_grow_the_text_in_order_and_answer_the_whole_text() {
        User user = data().user();
        Room room = data().group(user);
        Message message = stream(room, user, "Hel", TestData.now());

        var first = store().<Optional<String>>transaction(repos -> repos.streams().append(message.id(), "lo, ", TestData.now()));
        var second = store().<Optional<String>>transaction(repos -> repos.streams().append(message.id(), "wörld ✓", TestData.now()));

        assertThat(first).contains("Hello, ");
        assertThat(second).contains("Hello, wörld ✓");
        assertThat(stored(message).text()).isEqualTo("Hello, wörld ✓");
        assertThat(stored(message).streaming()).isTrue();
    }

    @Test
    void an_ended_stream_takes_no_more_appends_and_ends_once() {
        User user = data().user();
        Room room = data().group(user);
        Message message = stream(room, user, "done", TestData.now());
        Message ordinary = data().post(room, user, "plain");

        assertThat(store().<Boolean>transaction(repos -> repos.streams().end(message.id()))).isTrue();
        assertThat(store().<Boolean>transaction(repos -> repos.streams().end(message.id()))).isFalse();
        assertThat(store().<Optional<String>>transaction(repos -> repos.streams().append(message.id(), "more", TestData.now())))
                .isEmpty();
        assertThat(store().<Optional<String>>transaction(repos -> repos.streams().append(ordinary.id(), "more", TestData.now())))
                .isEmpty();
        assertThat(stored(message).streaming()).isFalse();
        assertThat(stored(message).text()).isEqualTo("done");
        assertThat(stored(ordinary).text()).isEqualTo("plain");
    }

    @Test
    void idle_streams_are_those_untouched_since_the_cutoff_oldest_first() {
        User user = data().user();
        Room room = data().group(user);
        Instant start = TestData.now();
        Message old = stream(room, user, "", start.minusSeconds(300));
        Message older = stream(room, user, "", start.minusSeconds(600));
        Message touched = stream(room, user, "", start.minusSeconds(900));
        store().<Optional<String>>transaction(repos -> repos.streams().append(touched.id(), "x", start));

        List<OpenStream> idle = store().<List<OpenStream>>read(repos -> repos.streams().idleSince(start.minusSeconds(60), 10));

        assertThat(idle).containsExactly(new OpenStream(room.id(), older.id()), new OpenStream(room.id(), old.id()));
        assertThat(store().<List<OpenStream>>read(repos -> repos.streams().idleSince(start.minusSeconds(60), 1))).hasSize(1);
    }

    @Test
    void ending_an_idle_stream_skips_one_touched_after_the_cutoff() {
        User user = data().user();
        Room room = data().group(user);
        Instant start = TestData.now();
        Message idle = stream(room, user, "", start.minusSeconds(300));
        Message busy = stream(room, user, "", start.minusSeconds(300));
        store().<Optional<String>>transaction(repos -> repos.streams().append(busy.id(), "x", start));

        Instant cutoff = start.minusSeconds(60);
        assertThat(store().<Boolean>transaction(repos -> repos.streams().endIdle(busy.id(), cutoff))).isFalse();
        assertThat(store().<Boolean>transaction(repos -> repos.streams().endIdle(idle.id(), cutoff))).isTrue();
        assertThat(stored(busy).streaming()).isTrue();
        assertThat(stored(idle).streaming()).isFalse();
        assertThat(store().<List<OpenStream>>read(repos -> repos.streams().idleSince(cutoff, 10))).isEmpty();
    }
}
