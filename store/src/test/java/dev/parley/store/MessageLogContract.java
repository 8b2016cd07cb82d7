package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.message.Message;
import dev.parley.core.message.MessageLog;
import dev.parley.core.message.Posted;
import dev.parley.core.room.Member;
import dev.parley.core.room.Room;
import dev.parley.core.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the message log guarantees to one sender at a time, with group commit on and off. */
public abstract class MessageLogContract extends StoreContract {
    private final List<MessageLog> logs = new ArrayList<>();
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeLogs() {
        logs.forEach(MessageLog::close);
    }

    private MessageLog log(boolean groupCommit) {
        MessageLog log = newLog(groupCommit, batchSizes::add);
        logs.add(log);
        return log;
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void pipelined_async_appends_commit_in_the_order_they_were_made(boolean groupCommit) {
        MessageLog log = log(groupCommit);
        User user = data().user();
        Room room = data().group(user);

        List<java.util.concurrent.CompletableFuture<Posted>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            futures.add(log.appendAsync(data().append(room, user, "m" + i, "async-" + i)));
        }
        List<Posted> posted = futures.stream().map(java.util.concurrent.CompletableFuture::join).toList();

        assertThat(posted).extracting(p -> p.message().seq())
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 200).boxed().toList());
        assertThat(posted).extracting(p -> p.message().text())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 200).mapToObj(i -> "m" + i).toList());
        assertThat(log.appendAsync(data().append(room, user, "again", "async-7")).join().created()).isFalse();
    }

    @Test
    void an_async_append_to_a_closed_log_fails_as_unavailable_without_throwing_at_the_caller() {
        MessageLog log = log(true);
        User user = data().user();
        Room room = data().group(user);
        log.close();

        assertThatThrownBy(() -> log.appendAsync(data().append(room, user, "late", null)).join())
                .hasCauseInstanceOf(dev.parley.core.error.ParleyException.class);
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void appends_get_consecutive_seqs_and_move_the_room_forward(boolean groupCommit) {
        MessageLog log = log(groupCommit);
        User user = data().user();
        Room room = data().group(user);

        List<Posted> posted = List.of(
                log.append(data().append(room, user, "one", null)),
                log.append(data().append(room, user, "two", null)),
                log.append(data().append(room, user, "three", null)));

        assertThat(posted).extracting(p -> p.message().seq()).containsExactly(1L, 2L, 3L);
        assertThat(posted).allMatch(Posted::created);
        Room stored = store().read(repos -> repos.rooms().find(room.id())).orElseThrow();
        assertThat(stored.lastSeq()).isEqualTo(3);
        assertThat(stored.lastActivityAt()).isEqualTo(posted.getLast().message().createdAt());
        assertThat(batchSizes).containsOnly(1);
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void a_retried_client_id_returns_the_original_message(boolean groupCommit) {
        MessageLog log = log(groupCommit);
        User user = data().user();
        Room room = data().group(user);
        Posted first = log.append(data().append(room, user, "hello", "c-1"));

        Posted retry = log.append(data().append(room, user, "hello again", "c-1"));

        assertThat(first.created()).isTrue();
        assertThat(retry.created()).isFalse();
        assertThat(retry.message()).isEqualTo(first.message());
        assertThat(store().read(repos -> repos.rooms().find(room.id())).orElseThrow().lastSeq()).isEqualTo(1);
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void a_client_id_is_per_user_and_absent_client_ids_never_collide(boolean groupCommit) {
        MessageLog log = log(groupCommit);
        User a = data().user();
        User b = data().user();
        Room room = data().group(a, b);

        assertThat(log.append(data().append(room, a, "x", "same")).created()).isTrue();
        assertThat(log.append(data().append(room, b, "x", "same")).created()).isTrue();
        assertThat(log.append(data().append(room, a, "y", null)).created()).isTrue();
        assertThat(log.append(data().append(room, a, "y", null)).created()).isTrue();
        assertThat(store().read(repos -> repos.rooms().find(room.id())).orElseThrow().lastSeq()).isEqualTo(4);
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void a_client_id_reused_in_another_room_returns_the_message_of_the_first_room(boolean groupCommit) {
        MessageLog log = log(groupCommit);
        User user = data().user();
        Room first = data().group(user);
        Room second = data().group(user);
        Posted original = log.append(data().append(first, user, "x", "c"));

        Posted reused = log.append(data().append(second, user, "x", "c"));

        assertThat(reused.created()).isFalse();
        assertThat(reused.message().roomId()).isEqualTo(first.id());
        assertThat(reused.message()).isEqualTo(original.message());
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void the_senders_read_mark_advances_to_their_message_and_no_one_elses(boolean groupCommit) {
        MessageLog log = log(groupCommit);
        User sender = data().user();
        User reader = data().user();
        Room room = data().group(sender, reader);

        log.append(data().append(room, reader, "first", null));
        log.append(data().append(room, sender, "second", null));

        assertThat(member(room, sender).lastReadSeq()).isEqualTo(2);
        assertThat(member(room, reader).lastReadSeq()).isEqualTo(1);
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void the_senders_read_mark_never_moves_back(boolean groupCommit) {
        MessageLog log = log(groupCommit);
        User sender = data().user();
        Room room = data().group(sender);
        store().transaction(repos -> repos.members().advanceReadMark(room.id(), sender.id(), 50));

        log.append(data().append(room, sender, "hi", null));

        assertThat(member(room, sender).lastReadSeq()).isEqualTo(50);
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void a_message_in_a_direct_room_shows_the_room_again_to_a_member_who_left(boolean groupCommit) {
        MessageLog log = log(groupCommit);
        User a = data().user();
        User b = data().user();
        Room direct = data().direct(a, b);
        store().transaction(repos -> {
            repos.members().setHidden(direct.id(), b.id(), true);
            return null;
        });

        log.append(data().append(direct, a, "are you there?", null));

        assertThat(member(direct, b).hidden()).isFalse();
    }

    @Test
    void a_message_in_a_group_leaves_hidden_memberships_alone() {
        User a = data().user();
        User b = data().user();
        Room group = data().group(a, b);
        store().transaction(repos -> {
            repos.members().setHidden(group.id(), b.id(), true);
            return null;
        });

        log(true).append(data().append(group, a, "hi", null));

        assertThat(member(group, b).hidden()).isTrue();
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void appending_to_a_room_that_does_not_exist_fails_with_room_not_found(boolean groupCommit) {
        MessageLog log = log(groupCommit);
        User user = data().user();

        assertThatThrownBy(() -> log.append(data().append(UUID.randomUUID(), user.id(), "void", "c")))
                .isInstanceOfSatisfying(ParleyException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ROOM_NOT_FOUND));
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void the_listener_gets_new_messages_after_their_commit_and_not_retries(boolean groupCommit) {
        MessageLog log = log(groupCommit);
        User user = data().user();
        Room room = data().group(user);
        List<Message> heard = new CopyOnWriteArrayList<>();
        List<Optional<Message>> visibleToReaders = new CopyOnWriteArrayList<>();
        log.onCommitted(messages -> {
            heard.addAll(messages);
            messages.forEach(m -> visibleToReaders.add(store().read(repos -> repos.messages().find(m.roomId(), m.id()))));
        });

        Message first = log.append(data().append(room, user, "one", "c1")).message();
        log.append(data().append(room, user, "one again", "c1"));
        Message second = log.append(data().append(room, user, "two", null)).message();

        assertThat(heard).containsExactly(first, second);
        assertThat(visibleToReaders).containsExactly(Optional.of(first), Optional.of(second));
    }

    @Test
    void a_log_takes_one_listener() {
        MessageLog log = log(true);
        log.onCommitted(messages -> {
        });

        assertThatThrownBy(() -> log.onCommitted(messages -> {
        })).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void a_closed_log_answers_unavailable(boolean groupCommit) {
        MessageLog log = log(groupCommit);
        User user = data().user();
        Room room = data().group(user);
        log.close();

        assertThatThrownBy(() -> log.append(data().append(room, user, "late", null)))
                .isInstanceOfSatisfying(ParleyException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE));
    }

    private Member member(Room room, User user) {
        return store().read(repos -> repos.members().find(room.id(), user.id())).orElseThrow();
    }
}
