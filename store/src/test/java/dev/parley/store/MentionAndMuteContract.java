package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.message.Mentions;
import dev.parley.core.message.Message;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.user.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mentions stored with messages and counted per reader; the mute flag of a membership. */
public abstract class MentionAndMuteContract extends StoreContract {

    @Test
    void a_message_reads_back_with_its_mentions_in_order() {
        User ana = data().user();
        User bob = data().user();
        User cy = data().user();
        Room room = data().group(ana, bob, cy);
        Mentions mentions = new Mentions(List.of(cy.id(), bob.id()), true);

        Message posted = data().post(room, ana, "hi all", mentions);

        Message read = store().read(repos -> repos.messages().find(room.id(), posted.id())).orElseThrow();
        assertThat(read.mentions()).isEqualTo(mentions);
        assertThat(read).isEqualTo(posted);
    }

    @Test
    void mentions_above_the_read_mark_count_a_users_own_mentions_and_mentions_of_everyone() {
        User ana = data().user();
        User bob = data().user();
        User cy = data().user();
        Room room = data().group(ana, bob, cy);
        data().post(room, ana, "@bob", new Mentions(List.of(bob.id()), false));
        data().post(room, ana, "@cy", new Mentions(List.of(cy.id()), false));
        data().post(room, ana, "@all", new Mentions(List.of(), true));

        assertThat(mentionsAbove(room, bob, 0)).isEqualTo(2);
        assertThat(mentionsAbove(room, bob, 1)).isEqualTo(1);
        assertThat(mentionsAbove(room, cy, 0)).isEqualTo(2);
        assertThat(mentionsAbove(room, bob, 3)).isZero();
        assertThat(listed(bob, room).mentionCount()).isEqualTo(2);
        assertThat(listed(ana, room).mentionCount()).as("the author's own mark moved past them").isZero();
    }

    @Test
    void an_edit_rewrites_the_mentions_and_a_tombstone_drops_them() {
        User ana = data().user();
        User bob = data().user();
        User cy = data().user();
        Room room = data().group(ana, bob, cy);
        Message message = data().post(room, ana, "@bob", new Mentions(List.of(bob.id()), false));

        store().transaction(repos -> {
            repos.messages().edit(message.id(), "@cy", new Mentions(List.of(cy.id()), false), TestData.now());
            return null;
        });
        assertThat(mentionsAbove(room, bob, 0)).isZero();
        assertThat(mentionsAbove(room, cy, 0)).isEqualTo(1);
        assertThat(find(room, message).mentions().userIds()).containsExactly(cy.id());

        store().transaction(repos -> {
            repos.messages().tombstone(message.id(), TestData.now());
            return null;
        });
        assertThat(mentionsAbove(room, cy, 0)).isZero();
        assertThat(find(room, message).mentions()).isEqualTo(Mentions.NONE);
    }

    @Test
    void muting_is_per_membership_and_shows_in_the_room_list() {
        User ana = data().user();
        User bob = data().user();
        Room room = data().group(ana, bob);

        store().transaction(repos -> {
            repos.members().setMuted(room.id(), bob.id(), true);
            repos.members().setMuted(room.id(), "ghost", true);
            return null;
        });

        assertThat(isMuted(room, bob.id())).isTrue();
        assertThat(isMuted(room, ana.id())).isFalse();
        assertThat(isMuted(room, "ghost")).isFalse();
        assertThat(listed(bob, room).muted()).isTrue();
        assertThat(listed(ana, room).muted()).isFalse();

        store().transaction(repos -> {
            repos.members().setMuted(room.id(), bob.id(), false);
            return null;
        });
        assertThat(listed(bob, room).muted()).isFalse();
    }

    @Test
    void a_member_who_leaves_and_comes_back_is_not_muted() {
        User ana = data().user();
        User bob = data().user();
        Room room = data().group(ana, bob);
        store().transaction(repos -> {
            repos.members().setMuted(room.id(), bob.id(), true);
            repos.members().delete(room.id(), bob.id());
            repos.members().insert(new dev.parley.core.room.Member(room.id(), bob.id(),
                    dev.parley.core.room.MemberRole.MEMBER, 0, false, TestData.now()));
            return null;
        });

        assertThat(isMuted(room, bob.id())).isFalse();
    }

    private boolean isMuted(Room room, String userId) {
        return store().read(repos -> repos.members().isMuted(room.id(), userId));
    }

    private long mentionsAbove(Room room, User user, long seq) {
        return store().read(repos -> repos.members().mentionsAbove(room.id(), user.id(), seq));
    }

    private RoomSummary listed(User user, Room room) {
        return store().read(repos -> repos.members().roomsOf(user.id(), null, 50)).stream()
                .filter(s -> s.room().id().equals(room.id())).findFirst().orElseThrow();
    }

    private Message find(Room room, Message message) {
        return store().read(repos -> repos.messages().find(room.id(), message.id())).orElseThrow();
    }
}
