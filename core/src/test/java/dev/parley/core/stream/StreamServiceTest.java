package dev.parley.core.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.message.Message;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import dev.parley.core.user.UserRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StreamServiceTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();

    private final Actor bot = parley.user("bot", UserRole.BOT);
    private final Actor ana = parley.user("ana");
    private final RoomSummary room = parley.group(ana, bot);

    private Message append(Message message, String text, boolean last) {
        return parley.streams().append(bot, CoreServices.id(room), message.id().toString(), text, last);
    }

    @Test
    void appends_that_follow_each_other_are_announced_as_one_delta_at_the_flush() {
        Message message = parley.stream(bot, room, "Hi");
        parley.events().take();

        append(message, ", ana", false);
        append(message, "! How", false);
        append(message, " are you?", false);
        assertThat(parley.events().take(Event.MessageDelta.class)).as("nothing before the flush").isEmpty();
        parley.deltas().flush();

        List<Event.MessageDelta> deltas = parley.events().take(Event.MessageDelta.class);
        assertThat(deltas).singleElement().satisfies(delta -> {
            assertThat(delta.offset()).isEqualTo(2);
            assertThat(delta.append()).isEqualTo(", ana! How are you?");
            assertThat(delta.seq()).isEqualTo(message.seq());
            assertThat(delta.messageId()).isEqualTo(message.id());
        });
        parley.deltas().flush();
        assertThat(parley.events().take()).as("a flush with nothing held announces nothing").isEmpty();
    }

    @Test
    void pieces_that_do_not_join_are_announced_apart_and_placed_by_offset() {
        DeltaBuffer buffer = parley.deltas();
        UUID id = UUID.randomUUID();
        UUID roomId = room.room().id();
        buffer.add(new Event.MessageDelta(roomId, 1, id, 1, 0, "abc"));
        buffer.add(new Event.MessageDelta(roomId, 1, id, 1, 10, "xyz"));
        buffer.add(new Event.MessageDelta(roomId, 1, id, 1, 7, "uvw"));
        buffer.flush();

        assertThat(parley.events().take(Event.MessageDelta.class))
                .extracting(Event.MessageDelta::offset, Event.MessageDelta::append)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "abc"),
                        org.assertj.core.groups.Tuple.tuple(7, "uvwxyz"));
    }

    @Test
    void final_ends_the_stream_with_one_update_and_drops_the_held_delta() {
        Message message = parley.stream(bot, room, "");
        append(message, "The answer", false);
        parley.events().take();

        Message done = append(message, " is 42.", true);
        parley.deltas().flush();

        assertThat(done.text()).isEqualTo("The answer is 42.");
        assertThat(done.streaming()).isFalse();
        List<Event> events = parley.events().take();
        assertThat(events).singleElement().isInstanceOfSatisfying(Event.MessageEdited.class, edited -> {
            assertThat(edited.message().text()).isEqualTo("The answer is 42.");
            assertThat(edited.message().streaming()).isFalse();
            assertThat(edited.message().editedAt()).isNull();
        });
        assertThatThrownBy(() -> append(message, "more", false))
                .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STREAM_ENDED));
    }

    @Test
    void only_the_author_appends_and_only_to_a_streaming_message() {
        Message message = parley.stream(bot, room, "");
        Message ordinary = parley.post(bot, room, "plain");

        assertThatThrownBy(() -> parley.streams().append(ana, CoreServices.id(room), message.id().toString(), "x",
                false)).isInstanceOfSatisfying(ParleyException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThatThrownBy(() -> append(ordinary, "x", false)).isInstanceOfSatisfying(ParleyException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STREAM_ENDED));
        assertThatThrownBy(() -> append(message, "", false)).isInstanceOfSatisfying(ParleyException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void a_stream_left_idle_is_ended_once_with_its_update() {
        Message idle = parley.stream(bot, room, "stalled");
        parley.events().take();

        int closed = closeAfterIdleTime();

        assertThat(closed).isEqualTo(1);
        assertThat(parley.events().take(Event.MessageEdited.class)).singleElement()
                .satisfies(edited -> assertThat(edited.message().id()).isEqualTo(idle.id()));
        assertThat(parley.streams().closeIdle()).as("ended once").isZero();
    }

    @Test
    void a_member_asks_the_author_to_stop_with_an_event() {
        Message message = parley.stream(bot, room, "1 2 3");
        parley.events().take();

        parley.streams().requestStop(ana, CoreServices.id(room), message.id().toString());

        assertThat(parley.events().take(Event.StreamStopRequested.class)).singleElement().satisfies(stop -> {
            assertThat(stop.authorId()).isEqualTo(bot.userId());
            assertThat(stop.requestedBy()).isEqualTo(ana.userId());
            assertThat(stop.messageId()).isEqualTo(message.id());
        });
    }

    @Test
    void deleting_a_streaming_message_ends_its_stream() {
        Message message = parley.stream(bot, room, "oops");

        parley.messages().delete(bot, CoreServices.id(room), message.id().toString());

        assertThat(parley.streams().closeIdle()).isZero();
        assertThatThrownBy(() -> append(message, "x", false)).isInstanceOf(ParleyException.class);
    }

    /** Reads the clock until the stream is older than the idle time, then sweeps. */
    private int closeAfterIdleTime() {
        int closed = 0;
        for (int i = 0; i < 100 && closed == 0; i++) {
            closed = parley.streams().closeIdle();
        }
        return closed;
    }
}
