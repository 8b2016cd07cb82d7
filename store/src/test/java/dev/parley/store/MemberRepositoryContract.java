package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.message.Message;
import dev.parley.core.room.Member;
import dev.parley.core.room.MemberRepository.ActivityPosition;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.MemberView;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.store.DuplicateKeyException;
import dev.parley.core.user.User;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class MemberRepositoryContract extends StoreContract {

    @Test
    void an_inserted_member_is_found_and_a_stranger_is_not() {
        User owner = data().user();
        User user = data().user();
        Room room = data().group(owner);
        Member member = new Member(room.id(), user.id(), MemberRole.MODERATOR, 7, true, TestData.now());

        store().transaction(repos -> {
            repos.members().insert(member);
            return null;
        });

        var find = store().read(repos -> repos.members().find(room.id(), user.id()));
        assertThat(find).contains(member);
        var find2 = store().read(repos -> repos.members().find(room.id(), "ghost"));
        assertThat(find2).isEmpty();
    }

    @Test
    void room_ids_of_a_user_include_hidden_memberships_and_nothing_else() {
        User owner = data().user();
        User user = data().user();
        Room first = data().group(owner, user);
        Room second = data().group(owner, user);
        data().group(owner);
        store().transaction(repos -> {
            repos.members().setHidden(second.id(), user.id(), true);
            return null;
        });

        var ids = store().read(repos -> repos.members().roomIdsOf(user.id()));

        assertThat(ids).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void last_seqs_of_a_user_cover_every_room_with_its_newest_seq() {
        User user = data().user();
        User other = data().user();
        Room quiet = data().group(user);
        Room busy = data().group(other, user);
        data().post(busy, other, "one");
        data().post(busy, other, "two");
        data().group(other);

        var positions = store().read(repos -> repos.members().positionsOf(user.id()));

        assertThat(positions).containsOnly(
                java.util.Map.entry(quiet.id(), new dev.parley.core.change.RoomPosition(0, 0)),
                java.util.Map.entry(busy.id(), new dev.parley.core.change.RoomPosition(2, 0)));
    }

    @Test
    void a_direct_room_in_the_room_list_names_the_other_member() {
        User me = data().user();
        User other = data().user();
        Room direct = data().direct(me, other);
        Room group = data().group(me, other);

        List<RoomSummary> rooms = store().read(repos -> repos.members().roomsOf(me.id(), null, 10));
        var peer = store().read(repos -> repos.members().directPeer(direct.id(), other.id()));

        RoomSummary directSummary = rooms.stream().filter(r -> r.room().id().equals(direct.id())).findFirst().orElseThrow();
        RoomSummary groupSummary = rooms.stream().filter(r -> r.room().id().equals(group.id())).findFirst().orElseThrow();
        assertThat(directSummary.peer()).isEqualTo(other.card());
        assertThat(groupSummary.peer()).isNull();
        assertThat(peer).contains(me.card());
    }

    @Test
    void peers_are_the_other_members_of_the_users_rooms_once_each() {
        User user = data().user();
        User a = data().user();
        User b = data().user();
        User stranger = data().user();
        data().group(user, a, b);
        data().group(a, user);
        data().group(stranger, b);

        List<String> peers = store().read(repos -> repos.members().peersOf(user.id(), 10));
        List<String> first = store().read(repos -> repos.members().peersOf(user.id(), 1));
        List<String> strangers = store().read(repos -> repos.members().peersOf(stranger.id(), 10));

        assertThat(peers).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(first).hasSize(1);
        assertThat(strangers).containsExactly(b.id());
    }

    @Test
    void adding_a_member_twice_is_a_duplicate_key() {
        User owner = data().user();
        Room room = data().group(owner);

        assertThatThrownBy(() -> store().transaction(repos -> {
            repos.members().insert(new Member(room.id(), owner.id(), MemberRole.MEMBER, 0, false, TestData.now()));
            return null;
        })).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void delete_role_and_hidden_change_one_membership() {
        User owner = data().user();
        User a = data().user();
        User b = data().user();
        Room room = data().group(owner, a, b);

        store().transaction(repos -> {
            repos.members().delete(room.id(), a.id());
            repos.members().setRole(room.id(), b.id(), MemberRole.MODERATOR);
            repos.members().setHidden(room.id(), b.id(), true);
            return null;
        });

        var all = store().read(repos -> repos.members().all(room.id()));
        assertThat(all).extracting(Member::userId)
                .containsExactlyElementsOf(List.of(owner.id(), b.id()).stream().sorted().toList());
        Member changed = store().read(repos -> repos.members().find(room.id(), b.id())).orElseThrow();
        assertThat(changed.role()).isEqualTo(MemberRole.MODERATOR);
        assertThat(changed.hidden()).isTrue();
    }

    @Test
    void the_read_mark_moves_forward_only_and_reports_where_it_is() {
        User owner = data().user();
        Room room = data().group(owner);

        assertThat(advance(room, owner, 5)).isEqualTo(5);
        assertThat(advance(room, owner, 3)).isEqualTo(5);
        assertThat(advance(room, owner, 9)).isEqualTo(9);
        assertThat(advance(room, data().user(), 9)).isZero();
    }

    @Test
    void list_pages_members_by_user_id_with_their_cards() {
        User owner = data().user();
        User a = data().user();
        User b = data().user();
        Room room = data().group(owner, a, b);
        List<User> byId = List.of(owner, a, b).stream().sorted(Comparator.comparing(User::id)).toList();

        List<MemberView> first = store().read(repos -> repos.members().list(room.id(), null, 2));
        List<MemberView> rest = store().read(repos -> repos.members().list(room.id(), byId.get(1).id(), 2));

        assertThat(first).extracting(view -> view.user()).containsExactly(byId.get(0).card(), byId.get(1).card());
        assertThat(rest).extracting(view -> view.user()).containsExactly(byId.get(2).card());
        assertThat(first.getFirst().member())
                .isEqualTo(store().read(repos -> repos.members().find(room.id(), byId.get(0).id())).orElseThrow());
    }

    @Test
    void find_view_joins_the_user_card() {
        User owner = data().user();
        Room room = data().group(owner);

        MemberView view = store().read(repos -> repos.members().findView(room.id(), owner.id())).orElseThrow();

        assertThat(view.user()).isEqualTo(owner.card());
        assertThat(view.member().role()).isEqualTo(MemberRole.OWNER);
        var findView = store().read(repos -> repos.members().findView(room.id(), "ghost"));
        assertThat(findView).isEmpty();
    }

    @Test
    void the_oldest_other_member_inherits() {
        User owner = data().user();
        User first = data().user();
        User second = data().user();
        Room room = data().group(owner);
        Instant t = TestData.now();
        store().transaction(repos -> {
            repos.members().insert(new Member(room.id(), second.id(), MemberRole.MEMBER, 0, false, t.plusSeconds(2)));
            repos.members().insert(new Member(room.id(), first.id(), MemberRole.MEMBER, 0, false, t.plusSeconds(1)));
            return null;
        });

        var oldestExcept = store().read(repos -> repos.members().oldestExcept(room.id(), owner.id()));
        assertThat(oldestExcept)
                .map(Member::userId).contains(first.id());
        Room alone = data().group(owner);
        var oldestExcept2 = store().read(repos -> repos.members().oldestExcept(alone.id(), owner.id()));
        assertThat(oldestExcept2).isEmpty();
    }

    @Test
    void existing_members_are_the_given_ids_that_are_in_the_room() {
        User owner = data().user();
        User a = data().user();
        User outsider = data().user();
        Room room = data().group(owner, a);

        List<String> present = store().read(repos -> repos.members().existingMembers(room.id(),
                List.of(a.id(), outsider.id(), owner.id(), "ghost")));

        assertThat(present).containsExactlyInAnyOrder(a.id(), owner.id());
        var existingMembers = store().read(repos -> repos.members().existingMembers(room.id(), List.of()));
        assertThat(existingMembers).isEmpty();
    }

    @Test
    void rooms_of_a_user_come_most_recent_first_with_role_unread_count_and_last_message() {
        User me = data().user();
        User other = data().user();
        Room quiet = data().group(other, me);
        Room busy = data().group(me, other);
        data().post(busy, other, "one");
        Message last = data().post(busy, other, "two");
        advance(busy, me, 1);

        List<RoomSummary> rooms = store().read(repos -> repos.members().roomsOf(me.id(), null, 10));

        assertThat(rooms).extracting(summary -> summary.room().id()).containsExactly(busy.id(), quiet.id());
        RoomSummary busySummary = rooms.getFirst();
        assertThat(busySummary.role()).isEqualTo(MemberRole.OWNER);
        assertThat(busySummary.lastReadSeq()).isEqualTo(1);
        assertThat(busySummary.unreadCount()).isEqualTo(1);
        assertThat(busySummary.lastMessage()).isEqualTo(last);
        assertThat(busySummary.room().lastSeq()).isEqualTo(2);
        RoomSummary quietSummary = rooms.get(1);
        assertThat(quietSummary.role()).isEqualTo(MemberRole.MEMBER);
        assertThat(quietSummary.unreadCount()).isZero();
        assertThat(quietSummary.lastMessage()).isNull();
    }

    @Test
    void rooms_of_a_user_leave_out_hidden_memberships() {
        User me = data().user();
        User other = data().user();
        Room direct = data().direct(me, other);
        Room group = data().group(other, me);
        store().transaction(repos -> {
            repos.members().setHidden(direct.id(), me.id(), true);
            return null;
        });

        var roomsOf = store().<List<RoomSummary>>read(repos -> repos.members().roomsOf(me.id(), null, 10));
        assertThat(roomsOf)
                .extracting(summary -> summary.room().id()).containsExactly(group.id());
        var roomsOf2 = store().<List<RoomSummary>>read(repos -> repos.members().roomsOf(other.id(), null, 10));
        assertThat(roomsOf2).hasSize(2);
    }

    @Test
    void rooms_of_a_user_page_by_activity_then_id_across_ties() {
        User me = data().user();
        Instant t = TestData.now().plusSeconds(3600);
        List<Room> rooms = List.of(data().group(me), data().group(me), data().group(me), data().group(me));
        store().transaction(repos -> {
            repos.rooms().touch(rooms.get(0).id(), t.plusSeconds(10));
            repos.rooms().touch(rooms.get(1).id(), t);
            repos.rooms().touch(rooms.get(2).id(), t);
            repos.rooms().touch(rooms.get(3).id(), t.minusSeconds(10));
            return null;
        });
        List<Room> tied = rooms.subList(1, 3).stream()
                .sorted(Comparator.comparing((Room room) -> room.id().toString()).reversed()).toList();

        List<RoomSummary> first = store().read(repos -> repos.members().roomsOf(me.id(), null, 2));
        RoomSummary edge = first.get(1);
        List<RoomSummary> rest = store().read(repos -> repos.members().roomsOf(me.id(),
                new ActivityPosition(edge.room().lastActivityAt(), edge.room().id()), 5));

        assertThat(first).extracting(summary -> summary.room().id()).containsExactly(rooms.get(0).id(), tied.get(0).id());
        assertThat(rest).extracting(summary -> summary.room().id()).containsExactly(tied.get(1).id(), rooms.get(3).id());
    }

    private long advance(Room room, User user, long seq) {
        return store().transaction(repos -> repos.members().advanceReadMark(room.id(), user.id(), seq));
    }
}
