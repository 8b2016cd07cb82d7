package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.flag.Flag;
import dev.parley.core.flag.FlagStatus;
import dev.parley.core.message.Message;
import dev.parley.core.room.Room;
import dev.parley.core.store.DuplicateKeyException;
import dev.parley.core.user.User;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public abstract class FlagRepositoryContract extends StoreContract {

    @Test
    void a_flag_keeps_its_copy_and_a_reporter_flags_a_message_once() {
        var owner = data().user();
        var ana = data().user();
        var room = data().group(owner, ana);
        Message message = data().post(room, owner, "buy cheap watches");
        Flag flag = flag(room, message, ana, "spam");
        add(flag);

        assertThat(find(flag.id())).contains(flag);
        assertThatThrownBy(() -> add(flag(room, message, ana, "again")))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void the_queue_lists_a_status_newest_first_page_by_page_and_resolving_closes_every_flag_of_the_message() {
        var owner = data().user();
        var ana = data().user();
        var bob = data().user();
        var room = data().group(owner, ana, bob);
        Message first = data().post(room, owner, "one");
        Message second = data().post(room, owner, "two");
        Flag a = flag(room, first, ana, "rude");
        Flag b = flag(room, first, bob, "rude too");
        Flag c = flag(room, second, ana, "spam");
        add(a);
        add(b);
        add(c);

        assertThat(ids(list(FlagStatus.OPEN, null, 10))).containsSubsequence(c.id(), b.id(), a.id());
        assertThat(ids(list(FlagStatus.OPEN, c.id(), 1))).containsExactly(b.id());

        Instant at = TestData.now();
        int resolved = store().transaction(repos -> repos.flags().resolveAll(first.id(), FlagStatus.DISMISSED,
                owner.id(), at));
        assertThat(resolved).isEqualTo(2);
        assertThat(ids(list(FlagStatus.OPEN, null, 10))).contains(c.id()).doesNotContain(a.id(), b.id());
        Flag dismissed = store().read(repos -> repos.flags().find(a.id())).orElseThrow();
        assertThat(dismissed.status()).isEqualTo(FlagStatus.DISMISSED);
        assertThat(dismissed.resolvedBy()).isEqualTo(owner.id());
        assertThat(dismissed.resolvedAt()).isEqualTo(at);
        assertThat(ids(list(FlagStatus.DISMISSED, null, 10))).containsSubsequence(b.id(), a.id());
    }

    @Test
    void a_rooms_flags_go_with_it_when_it_is_deleted() {
        var owner = data().user();
        var ana = data().user();
        var room = data().group(owner, ana);
        Flag flag = flag(room, data().post(room, owner, "x"), ana, "spam");
        add(flag);
        store().transaction(repos -> {
            repos.rooms().delete(room.id());
            return null;
        });
        assertThat(find(flag.id())).isEmpty();
    }

    private Flag flag(Room room, Message message, User reporter, String reason) {
        return new Flag(data().nextId(), room.id(), message.id(), reporter.id(), reason, message.userId(),
                message.text(), TestData.now(), FlagStatus.OPEN, null, null);
    }

    private void add(Flag flag) {
        store().transaction(repos -> {
            repos.flags().add(flag);
            return null;
        });
    }

    private java.util.Optional<Flag> find(UUID id) {
        return store().read(repos -> repos.flags().find(id));
    }

    private List<Flag> list(FlagStatus status, UUID before, int limit) {
        return store().read(repos -> repos.flags().list(status, before, limit));
    }

    private static List<UUID> ids(List<Flag> flags) {
        return flags.stream().map(Flag::id).toList();
    }
}
