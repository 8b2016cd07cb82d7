package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.message.Message;
import dev.parley.core.room.Member;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomType;
import dev.parley.core.user.User;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a unit of work promises: all of its writes, or none of them. */
public abstract class TransactionContract extends StoreContract {

    @Test
    void a_transaction_that_throws_leaves_nothing_behind() {
        User owner = data().user();
        User other = data().user();
        Room room = data().group(owner, other);
        Message message = data().post(room, owner, "keep me");
        Room before = store().read(repos -> repos.rooms().find(room.id())).orElseThrow();
        Instant now = TestData.now();
        Room direct = new Room(data().nextId(), RoomType.DIRECT, null, null, null, null, owner.id(), now, now, 0, now, 2, 0);
        String directKey = "rollback " + TestData.token();

        assertThatThrownBy(() -> store().transaction(repos -> {
            repos.rooms().insert(direct, directKey);
            repos.members().insert(new Member(direct.id(), owner.id(), MemberRole.MEMBER, 0, false, now));
            repos.members().setRole(room.id(), other.id(), MemberRole.MODERATOR);
            repos.members().advanceReadMark(room.id(), other.id(), 1);
            repos.messages().edit(message.id(), "changed", dev.parley.core.message.Mentions.NONE, now);
            repos.reactions().add(room.id(), message.id(), other.id(), "👍", now);
            repos.users().deactivate(other.id(), now);
            repos.rooms().delete(room.id());
            throw new IllegalStateException("the work fails");
        })).hasMessage("the work fails");

        store().read(repos -> {
            assertThat(repos.rooms().find(direct.id())).isEmpty();
            assertThat(repos.rooms().findDirect(directKey)).isEmpty();
            assertThat(repos.rooms().find(room.id())).contains(before);
            assertThat(repos.members().find(room.id(), other.id())).hasValueSatisfying(member -> {
                assertThat(member.role()).isEqualTo(MemberRole.MEMBER);
                assertThat(member.lastReadSeq()).isZero();
            });
            assertThat(repos.messages().find(room.id(), message.id())).contains(message);
            assertThat(repos.reactions().of(List.of(message.id()))).isEmpty();
            assertThat(repos.users().find(other.id())).contains(other);
            return null;
        });
    }

    @Test
    void after_a_failed_transaction_the_same_keys_can_be_written_again() {
        User owner = data().user();
        Instant now = TestData.now();
        Room room = new Room(data().nextId(), RoomType.DIRECT, null, null, null, null, owner.id(), now, now, 0, now, 1, 0);
        String directKey = "again " + TestData.token();
        assertThatThrownBy(() -> store().transaction(repos -> {
            repos.rooms().insert(room, directKey);
            throw new IllegalStateException("the work fails");
        })).isInstanceOf(IllegalStateException.class);

        store().transaction(repos -> {
            repos.rooms().insert(room, directKey);
            return null;
        });

        var found = store().read(repos -> repos.rooms().findDirect(directKey));
        assertThat(found).map(Room::id).contains(room.id());
    }
}
