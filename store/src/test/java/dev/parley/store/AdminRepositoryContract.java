package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.admin.AdminRepository.MessagePosition;
import dev.parley.core.admin.AdminRepository.MessageQuery;
import dev.parley.core.admin.AdminRepository.RoomPosition;
import dev.parley.core.admin.AdminRepository.RoomQuery;
import dev.parley.core.admin.AdminRepository.Counts;
import dev.parley.core.message.Message;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public abstract class AdminRepositoryContract extends StoreContract {

    @Test
    void rooms_are_found_by_a_part_of_their_name_whatever_the_case_by_type_and_by_member_in_name_order() {
        String tag = TestData.token();
        var owner = data().user();
        var member = data().user();
        Room beta = data().channel("Beta " + tag, owner, member);
        Room alpha = data().room(RoomType.GROUP, "alpha " + tag, null, owner);
        data().channel("Gamma " + TestData.token(), owner);

        assertThat(rooms(new RoomQuery(tag, null, null, null, 10))).containsExactly(alpha.id(), beta.id());
        assertThat(rooms(new RoomQuery(("ETA " + tag).toLowerCase(), null, null, null, 10))).containsExactly(beta.id());
        assertThat(rooms(new RoomQuery(tag, RoomType.GROUP, null, null, 10))).containsExactly(alpha.id());
        assertThat(rooms(new RoomQuery("", null, member.id(), null, 10))).containsExactly(beta.id());
        assertThat(rooms(new RoomQuery(tag, null, null, null, 1))).containsExactly(alpha.id());
        assertThat(rooms(new RoomQuery(tag, null, null, new RoomPosition("alpha " + tag, alpha.id()), 10)))
                .containsExactly(beta.id());
    }

    @Test
    void a_name_search_takes_like_wildcards_literally() {
        String tag = TestData.token();
        var owner = data().user();
        Room percent = data().channel("100% " + tag, owner);
        data().channel("100x " + tag, owner);

        assertThat(rooms(new RoomQuery("0% " + tag, null, null, null, 10))).containsExactly(percent.id());
        assertThat(rooms(new RoomQuery("_", null, owner.id(), null, 10))).isEmpty();
    }

    @Test
    void messages_across_rooms_are_found_newest_first_by_room_author_text_and_time_and_deleted_ones_are_left_out() {
        var ana = data().user();
        var ben = data().user();
        Room one = data().group(ana, ben);
        Room two = data().group(ben, ana);
        String word = TestData.token();
        Message first = data().post(one, ana, "Hello " + word.toUpperCase());
        Message second = data().post(two, ben, "the " + word + " again");
        Message third = data().post(one, ben, "nothing here");
        Message gone = data().post(two, ana, word + " gone");
        store().transaction(repos -> {
            repos.messages().tombstone(gone.id(), Instant.now());
            return null;
        });

        assertThat(messages(query(null, null, word, null, null, null, 10))).containsExactly(second.id(), first.id());
        assertThat(messages(query(one.id(), null, null, null, null, null, 10))).containsExactly(third.id(), first.id());
        assertThat(messages(query(null, ben.id(), null, null, null, null, 10))).containsExactly(third.id(), second.id());
        assertThat(messages(query(one.id(), null, null, second.createdAt(), null, null, 10)))
                .containsExactly(third.id());
        assertThat(messages(query(one.id(), null, null, null, third.createdAt(), null, 10)))
                .containsExactly(first.id());
        assertThat(messages(query(one.id(), null, null, null, null,
                new MessagePosition(third.createdAt(), third.id()), 10))).containsExactly(first.id());
        assertThat(messages(query(null, ana.id(), word, null, null, null, 1))).containsExactly(first.id());
    }

    @Test
    void messages_are_found_by_id_in_any_room_deleted_or_not_and_unknown_ids_are_left_out() {
        var ana = data().user();
        Room one = data().group(ana);
        Room two = data().group(ana);
        Message a = data().post(one, ana, "a");
        Message b = data().post(two, ana, "b");
        store().transaction(repos -> {
            repos.messages().tombstone(b.id(), Instant.now());
            return null;
        });

        List<Message> found = store().read(repos -> repos.admin().messagesById(List.of(a.id(), b.id(), UUID.randomUUID())));

        assertThat(found).extracting(Message::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(found).filteredOn(Message::isDeleted).extracting(Message::id).containsExactly(b.id());
        List<Message> none = store().read(repos -> repos.admin().messagesById(List.of()));
        assertThat(none).isEmpty();
    }

    @Test
    void counts_grow_with_users_rooms_and_todays_messages() {
        Instant since = TestData.now();
        Counts before = store().read(repos -> repos.admin().counts(since));
        var ana = data().user();
        Room room = data().group(ana);
        data().post(room, ana, "one");
        data().post(room, ana, "two");

        Counts after = store().read(repos -> repos.admin().counts(since));

        assertThat(after.users()).isGreaterThanOrEqualTo(before.users() + 1);
        assertThat(after.activeUsers()).isGreaterThanOrEqualTo(before.activeUsers() + 1).isLessThanOrEqualTo(after.users());
        assertThat(after.rooms()).isGreaterThanOrEqualTo(before.rooms() + 1);
        assertThat(after.messagesSince()).isGreaterThanOrEqualTo(before.messagesSince() + 2);
        assertThat(store().read(repos -> repos.admin().counts(Instant.now().plusSeconds(3600))).messagesSince())
                .isZero();
    }

    private static MessageQuery query(UUID roomId, String userId, String text, Instant from, Instant to,
            MessagePosition before, int limit) {
        return new MessageQuery(roomId, userId, text == null ? null : text.toLowerCase(), from, to, before, limit);
    }

    private List<UUID> rooms(RoomQuery query) {
        return store().read(repos -> repos.admin().rooms(query)).stream().map(Room::id).toList();
    }

    private List<UUID> messages(MessageQuery query) {
        return store().read(repos -> repos.admin().messages(query)).stream().map(Message::id).toList();
    }
}
