package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.message.Message;
import dev.parley.core.message.MessageLog;
import dev.parley.core.room.Room;
import dev.parley.core.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The step a message log runs inside each transaction that creates messages (the webhook outbox writes there). */
public abstract class MessageLogStepContract extends StoreContract {
    private final List<MessageLog> logs = new ArrayList<>();

    @AfterEach
    void closeLogs() {
        logs.forEach(MessageLog::close);
    }

    private MessageLog log(boolean groupCommit) {
        MessageLog log = newLog(groupCommit, size -> {
        });
        logs.add(log);
        return log;
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void the_step_gets_the_new_messages_inside_their_transaction_and_not_retries(boolean groupCommit) {
        MessageLog log = log(groupCommit);
        User user = data().user();
        Room room = data().group(user);
        List<Message> stepped = new CopyOnWriteArrayList<>();
        List<Optional<Message>> visibleInside = new CopyOnWriteArrayList<>();
        log.beforeCommit((repos, created) -> {
            stepped.addAll(created);
            created.forEach(m -> visibleInside.add(repos.messages().find(m.roomId(), m.id())));
        });

        Message first = log.append(data().append(room, user, "one", "c1")).message();
        log.append(data().append(room, user, "one again", "c1"));

        assertThat(stepped).containsExactly(first);
        assertThat(visibleInside).containsExactly(Optional.of(first));
    }

    @ParameterizedTest(name = "group commit {0}")
    @ValueSource(booleans = {true, false})
    void a_step_that_throws_fails_the_append_and_stores_nothing(boolean groupCommit) {
        MessageLog log = log(groupCommit);
        User user = data().user();
        Room room = data().group(user);
        log.beforeCommit((repos, created) -> {
            throw new IllegalStateException("the outbox is full");
        });

        assertThatThrownBy(() -> log.append(data().append(room, user, "lost", "c1")))
                .hasMessageContaining("the outbox is full");

        Room stored = store().read(repos -> repos.rooms().find(room.id())).orElseThrow();
        assertThat(stored.lastSeq()).isZero();
        List<Message> messages = store().read(repos -> repos.messages().after(room.id(), 0, 10));
        assertThat(messages).isEmpty();
    }

    @Test
    void a_log_takes_one_step() {
        MessageLog log = log(true);
        log.beforeCommit((repos, created) -> {
        });

        assertThatThrownBy(() -> log.beforeCommit((repos, created) -> {
        })).isInstanceOf(IllegalStateException.class);
    }
}
