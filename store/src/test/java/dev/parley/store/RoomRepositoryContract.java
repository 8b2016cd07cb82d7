package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.message.Message;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomRepository.ChannelPosition;
import dev.parley.core.room.RoomType;
import dev.parley.core.store.DuplicateKeyException;
import dev.parley.core.user.JsonText;
import dev.parley.core.user.User;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public abstract class RoomRepositoryContract extends StoreContract {

    @Test
    void an_inserted_room_is_found_with_every_field() {
        User owner = data().user();
        Instant now = TestData.now();
        Room room = new Room(data().nextId(), RoomType.CHANNEL, "General", "All things", "https://example.com/a.png",
                new JsonText("{\"color\":\"red\"}"), owner.id(), now, now.plusSeconds(1), 0, now.plusSeconds(2), 1, 0);
        store().transaction(repos -> {
            repos.rooms().insert(room, null);
            return null;
        });

        var find = store().read(repos -> repos.rooms().find(room.id()));
        assertThat(find).contains(room);
        var find2 = store().read(repos -> repos.rooms().find(UUID.randomUUID()));
        assertThat(find2).isEmpty();
    }

    @Test
    void a_room_is_found_with_the_readers_membership_or_without_one() {
        User owner = data().user();
        User member = data().user();
        User stranger = data().user();
        Room room = data().group(owner, member);

        var asMember = store().read(repos -> repos.rooms().findAsSeenBy(room.id(), member.id())).orElseThrow();
        var asStranger = store().read(repos -> repos.rooms().findAsSeenBy(room.id(), stranger.id())).orElseThrow();
        var missing = store().read(repos -> repos.rooms().findAsSeenBy(UUID.randomUUID(), member.id()));

        assertThat(asMember.room()).isEqualTo(store().read(repos -> repos.rooms().find(room.id())).orElseThrow());
        assertThat(asMember.membership()).isEqualTo(store().read(repos -> repos.members().find(room.id(), member.id())));
        assertThat(asMember.membership()).isPresent();
        assertThat(asStranger.room().id()).isEqualTo(room.id());
        assertThat(asStranger.membership()).isEmpty();
        assertThat(missing).isEmpty();
    }

    @Test
    void a_direct_room_is_found_by_its_key() {
        User a = data().user();
        User b = data().user();
        Room direct = data().direct(a, b);
        String key = a.id().compareTo(b.id()) < 0 ? a.id() + " " + b.id() : b.id() + " " + a.id();

        var findDirect = store().read(repos -> repos.rooms().findDirect(key));
        assertThat(findDirect).contains(direct);
        var findDirect2 = store().read(repos -> repos.rooms().findDirect(key + "x"));
        assertThat(findDirect2).isEmpty();
    }

    @Test
    void a_second_direct_room_with_the_same_key_is_a_duplicate_key() {
        User a = data().user();
        User b = data().user();
        data().direct(a, b);

        assertThatThrownBy(() -> data().direct(b, a)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void rooms_without_a_direct_key_never_collide() {
        User owner = data().user();

        Room one = data().group(owner);
        Room two = data().group(owner);

        var find = store().read(repos -> repos.rooms().find(two.id()));
        assertThat(find).isPresent();
        assertThat(one.id()).isNotEqualTo(two.id());
    }

    @Test
    void update_changes_the_descriptive_fields_only() {
        User owner = data().user();
        Room room = data().group(owner);
        data().post(room, owner, "hello");
        Room patched = new Room(room.id(), room.type(), "Renamed", null, "/a.png", new JsonText("{}"), room.createdBy(),
                room.createdAt(), TestData.now(), 99, Instant.EPOCH, 42, 77);

        store().transaction(repos -> {
            repos.rooms().update(patched);
            return null;
        });

        Room stored = store().read(repos -> repos.rooms().find(room.id())).orElseThrow();
        assertThat(stored.name()).isEqualTo("Renamed");
        assertThat(stored.topic()).isNull();
        assertThat(stored.avatarUrl()).isEqualTo("/a.png");
        assertThat(stored.data()).isEqualTo(new JsonText("{}"));
        assertThat(stored.updatedAt()).isEqualTo(patched.updatedAt());
        assertThat(stored.lastSeq()).isEqualTo(1);
        assertThat(stored.memberCount()).isEqualTo(1);
        assertThat(stored.lastActivityAt()).isAfter(Instant.EPOCH);
    }

    @Test
    void member_count_moves_by_the_delta() {
        User owner = data().user();
        Room room = data().group(owner);

        store().transaction(repos -> {
            repos.rooms().addToMemberCount(room.id(), 3);
            repos.rooms().addToMemberCount(room.id(), -1);
            return null;
        });

        var find = store().read(repos -> repos.rooms().find(room.id())).orElseThrow().memberCount();
        assertThat(find).isEqualTo(3);
    }

    @Test
    void touch_moves_the_last_activity_forward_only() {
        User owner = data().user();
        Room room = data().group(owner);
        Instant later = room.lastActivityAt().plusSeconds(60);

        store().transaction(repos -> {
            repos.rooms().touch(room.id(), later);
            repos.rooms().touch(room.id(), room.lastActivityAt());
            return null;
        });

        var find = store().read(repos -> repos.rooms().find(room.id())).orElseThrow().lastActivityAt();
        assertThat(find)
                .isEqualTo(later);
    }

    @Test
    void deleting_a_room_deletes_its_members_messages_and_reactions() {
        User owner = data().user();
        User other = data().user();
        Room room = data().group(owner, other);
        Message message = data().post(room, owner, "bye");
        store().transaction(repos -> repos.reactions().add(room.id(), message.id(), other.id(), "👍", TestData.now()));

        store().transaction(repos -> {
            repos.rooms().delete(room.id());
            return null;
        });

        store().read(repos -> {
            assertThat(repos.rooms().find(room.id())).isEmpty();
            assertThat(repos.members().all(room.id())).isEmpty();
            assertThat(repos.messages().find(room.id(), message.id())).isEmpty();
            assertThat(repos.reactions().of(List.of(message.id()))).isEmpty();
            assertThat(repos.users().find(other.id())).isPresent();
            return null;
        });
    }

    @Test
    void channels_match_a_name_prefix_case_insensitively_ordered_by_name_then_id() {
        User owner = data().user();
        String prefix = "Chan" + TestData.token();
        Room beta = data().channel(prefix + " Beta", owner);
        Room alpha = data().channel(prefix.toUpperCase() + " alpha", owner);
        Room alphaTwin = data().channel(prefix + " Alpha", owner);
        data().group(owner);
        data().room(RoomType.GROUP, prefix + " private", null, owner);

        List<Room> found = store().read(repos -> repos.rooms().channels(prefix.toLowerCase(), null, 10));

        List<Room> alphas = alpha.id().toString().compareTo(alphaTwin.id().toString()) < 0
                ? List.of(alpha, alphaTwin) : List.of(alphaTwin, alpha);
        assertThat(found).extracting(Room::id)
                .containsExactly(alphas.get(0).id(), alphas.get(1).id(), beta.id());
    }

    @Test
    void channels_page_after_an_exclusive_name_and_id_position() {
        User owner = data().user();
        String prefix = "page" + TestData.token();
        Room a = data().channel(prefix + "a", owner);
        Room b = data().channel(prefix + "b", owner);
        Room c = data().channel(prefix + "c", owner);

        List<Room> first = store().read(repos -> repos.rooms().channels(prefix, null, 2));
        List<Room> rest = store().read(repos -> repos.rooms().channels(prefix,
                new ChannelPosition(prefix + "b", b.id()), 2));
        List<Room> sameName = store().read(repos -> repos.rooms().channels(prefix,
                new ChannelPosition(prefix + "b", new UUID(0, 0)), 5));

        assertThat(first).extracting(Room::id).containsExactly(a.id(), b.id());
        assertThat(rest).extracting(Room::id).containsExactly(c.id());
        assertThat(sameName).extracting(Room::id).containsExactly(b.id(), c.id());
    }

    @Test
    void channel_prefixes_treat_wildcards_literally() {
        User owner = data().user();
        String token = TestData.token();
        Room percent = data().channel(token + "%off", owner);
        data().channel(token + "xoff", owner);

        var channels = store().read(repos -> repos.rooms().channels(token + "%", null, 10));
        assertThat(channels)
                .extracting(Room::id).containsExactly(percent.id());
    }
}
