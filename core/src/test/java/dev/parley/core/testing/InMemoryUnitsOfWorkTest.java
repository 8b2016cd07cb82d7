package dev.parley.core.testing;

import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.message.Append;
import dev.parley.core.message.MessageLog;
import dev.parley.core.message.Posted;
import dev.parley.core.room.Member;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomType;
import dev.parley.core.user.User;
import dev.parley.core.user.UserRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the in-memory store does beyond the port contracts it shares with the databases (run
 * by the store module): its own units of work and its closed state.
 */
class InMemoryUnitsOfWorkTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final InMemoryStore store = new InMemoryStore();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_unit_of_work_inside_another_is_refused_and_the_outer_one_leaves_nothing() {
        assertThatThrownBy(() -> store.transaction(repos -> {
            repos.users().insert(user("ana"));
            return store.read(inner -> inner.users().find("ana"));
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("inside another");

        Optional<User> ana = store.read(repos -> repos.users().find("ana"));
        assertThat(ana).isEmpty();
    }

    @Test
    void a_closed_store_is_unhealthy_and_answers_unavailable() {
        store.transaction(repos -> {
            repos.users().insert(user("ana"));
            return null;
        });
        store.close();

        assertThat(store.isHealthy()).isFalse();
        assertRefused(ErrorCode.UNAVAILABLE, () -> store.read(repos -> repos.users().find("ana")));
        assertRefused(ErrorCode.UNAVAILABLE, () -> store.messageLog().append(append(UUID.randomUUID(), "ana")));
    }

    @Test
    void a_member_of_a_room_or_user_that_does_not_exist_breaks_a_foreign_key() {
        assertThatThrownBy(() -> store.transaction(repos -> {
            repos.members().insert(new Member(UUID.randomUUID(), "ghost", MemberRole.MEMBER, 0, false, NOW));
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("foreign key");
    }

    @Test
    void with_group_commit_an_append_by_an_unknown_user_fails_alone_and_the_rest_are_numbered_in_order() {
        Room room = room();
        List<CompletableFuture<Posted>> sent = new ArrayList<>();
        try (MessageLog log = store.newLog(true, size -> {
        })) {
            for (int i = 0; i < 40; i++) {
                sent.add(log.appendAsync(append(room.id(), i == 20 ? "ghost" : "ana")));
            }
            List<Long> seqs = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                if (i != 20) {
                    seqs.add(sent.get(i).join().message().seq());
                }
            }
            assertThatThrownBy(sent.get(20)::join).hasMessageContaining("foreign key");
            assertThat(seqs).isSorted().doesNotHaveDuplicates().hasSize(39).startsWith(1L).endsWith(39L);
        }
    }

    private Room room() {
        Room room = new Room(UUID.randomUUID(), RoomType.GROUP, "Room", null, null, null, "ana", NOW, NOW, 0, NOW, 1, 0);
        store.transaction(repos -> {
            repos.users().insert(user("ana"));
            repos.rooms().insert(room, null);
            repos.members().insert(new Member(room.id(), "ana", MemberRole.OWNER, 0, false, NOW));
            return null;
        });
        return room;
    }

    private static User user(String id) {
        return new User(id, "User " + id, null, UserRole.USER, null, true, NOW, NOW);
    }

    private static Append append(UUID roomId, String userId) {
        return new Append(UUID.randomUUID(), roomId, false, userId, "text", null, List.of(), null, NOW, null);
    }
}
