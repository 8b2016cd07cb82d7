package dev.parley.store;

import dev.parley.store.jdbc.StoreException;
import dev.parley.store.log.AppendCommitter;
import dev.parley.store.log.AppendOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.message.Append;
import dev.parley.core.message.Message;
import dev.parley.core.message.Posted;
import dev.parley.core.room.Room;
import dev.parley.core.user.User;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How one batch of appends is committed: what each append gets, and what one bad append cannot break. */
public abstract class AppendBatchContract extends StoreContract {

    @Test
    void one_batch_answers_retries_fails_missing_rooms_and_numbers_the_rest_in_order() {
        User user = data().user();
        Room first = data().group(user);
        Room second = data().group(user);
        Message old = data().post(store().messageLog(), data().append(first, user, "old", "old"));
        List<Append> batch = List.of(
                data().append(first, user, "a", null),
                data().append(UUID.randomUUID(), user.id(), "b", null),
                data().append(second, user, "c", "dup"),
                data().append(first, user, "d", "old"),
                data().append(second, user, "e", "dup"),
                data().append(first, user, "f", null));

        List<AppendOutcome> outcomes = AppendCommitter.on(database()).commit(batch);

        assertCreated(outcomes.get(0), 2);
        assertThat(outcomes.get(1).failure()).isInstanceOfSatisfying(ParleyException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ROOM_NOT_FOUND));
        assertCreated(outcomes.get(2), 1);
        assertThat(outcomes.get(3).posted().created()).isFalse();
        assertThat(outcomes.get(3).posted().message()).isEqualTo(old);
        assertThat(outcomes.get(4).posted().created()).isFalse();
        assertThat(outcomes.get(4).posted().message()).isEqualTo(outcomes.get(2).posted().message());
        assertCreated(outcomes.get(5), 3);
        assertThat(lastSeq(first)).isEqualTo(3);
        assertThat(lastSeq(second)).isEqualTo(1);
    }

    @Test
    void a_batch_that_fails_is_stored_one_append_at_a_time_so_the_others_succeed() {
        User user = data().user();
        Room room = data().group(user);
        List<Append> batch = List.of(
                data().append(room, user, "fine", "c1"),
                data().append(room.id(), "no-such-user-" + TestData.token(), "breaks a foreign key", "c2"),
                data().append(room, user, "also fine", null));

        List<AppendOutcome> outcomes = AppendCommitter.on(database()).commit(batch);

        assertCreated(outcomes.get(0), 1);
        assertThat(outcomes.get(1).failure()).isInstanceOf(StoreException.class)
                .hasMessageContaining("appending a message to room " + room.id());
        assertCreated(outcomes.get(2), 2);
        assertThat(lastSeq(room)).isEqualTo(2);
    }

    @Test
    void a_batch_of_only_retries_and_missing_rooms_takes_no_seq() {
        User user = data().user();
        Room room = data().group(user);
        Message original = data().post(store().messageLog(), data().append(room, user, "first", "c"));

        List<AppendOutcome> outcomes = AppendCommitter.on(database()).commit(List.of(
                data().append(room, user, "again", "c"),
                data().append(UUID.randomUUID(), user.id(), "nowhere", null)));

        assertThat(outcomes.get(0).posted()).isEqualTo(new Posted(original, false));
        assertThat(outcomes.get(1).failure()).isInstanceOf(ParleyException.class);
        assertThat(lastSeq(room)).isEqualTo(1);
    }

    private static void assertCreated(AppendOutcome outcome, long seq) {
        assertThat(outcome.failure()).isNull();
        assertThat(outcome.posted().created()).isTrue();
        assertThat(outcome.posted().message().seq()).isEqualTo(seq);
    }

    private long lastSeq(Room room) {
        return store().read(repos -> repos.rooms().find(room.id())).orElseThrow().lastSeq();
    }
}
