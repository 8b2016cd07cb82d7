package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.message.Append;
import dev.parley.core.message.Mentions;
import dev.parley.core.message.Message;
import dev.parley.core.room.Room;
import dev.parley.core.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

public abstract class MessageRepositoryContract extends StoreContract {

    @Test
    void a_posted_message_reads_back_equal_by_id_and_by_seq() {
        User user = data().user();
        Room room = data().group(user);
        Message parent = data().post(room, user, "parent");
        Append append = new Append(data().nextId(), room.id(), false, user.id(), "with files ✓", parent.id(),
                List.of(TestData.attachment("a.txt"), new dev.parley.core.message.Attachment(null, "/b", null, null,
                        null)), "client-1", Instant.now(), null);

        Message posted = store().messageLog().append(append).message();

        var find = store().<Optional<Message>>read(repos -> repos.messages().find(room.id(), posted.id()));
        assertThat(find).contains(posted);
        var findBySeq = store().<Optional<Message>>read(repos -> repos.messages().findBySeq(room.id(), 2));
        assertThat(findBySeq).contains(posted);
        assertThat(posted.createdAt()).isEqualTo(append.createdAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(posted.attachments()).hasSize(2);
        assertThat(posted.parentId()).isEqualTo(parent.id());
    }

    @Test
    void a_message_is_only_found_in_its_own_room() {
        User user = data().user();
        Room room = data().group(user);
        Room other = data().group(user);
        Message message = data().post(room, user, "here");

        var find = store().<Optional<Message>>read(repos -> repos.messages().find(other.id(), message.id()));
        assertThat(find).isEmpty();
        var find2 = store().<Optional<Message>>read(repos -> repos.messages().find(room.id(), UUID.randomUUID()));
        assertThat(find2).isEmpty();
        var findBySeq = store().<Optional<Message>>read(repos -> repos.messages().findBySeq(room.id(), 2));
        assertThat(findBySeq).isEmpty();
    }

    @Test
    void history_pages_are_exclusive_seq_ranges() {
        User user = data().user();
        Room room = data().group(user);
        IntStream.rangeClosed(1, 7).forEach(i -> data().post(room, user, "m" + i));

        assertThat(seqs(store().read(repos -> repos.messages().before(room.id(), Long.MAX_VALUE, 3))))
                .containsExactly(7L, 6L, 5L);
        assertThat(seqs(store().read(repos -> repos.messages().before(room.id(), 5, 3)))).containsExactly(4L, 3L, 2L);
        assertThat(seqs(store().read(repos -> repos.messages().before(room.id(), 2, 3)))).containsExactly(1L);
        assertThat(seqs(store().read(repos -> repos.messages().before(room.id(), 1, 3)))).isEmpty();
        assertThat(seqs(store().read(repos -> repos.messages().before(room.id(), 1_000, 3))))
                .as("a position past the end pages from the newest message").containsExactly(7L, 6L, 5L);
        assertThat(seqs(store().read(repos -> repos.messages().before(room.id(), 8, 10))))
                .containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(seqs(store().read(repos -> repos.messages().after(room.id(), 0, 3)))).containsExactly(1L, 2L, 3L);
        assertThat(seqs(store().read(repos -> repos.messages().after(room.id(), 5, 3)))).containsExactly(6L, 7L);
        assertThat(seqs(store().read(repos -> repos.messages().after(room.id(), 7, 3)))).isEmpty();
    }

    @Test
    void an_edit_changes_the_text_and_stamps_the_time() {
        User user = data().user();
        Room room = data().group(user);
        Message message = data().post(room, user, "typo");
        Instant at = TestData.now();

        store().transaction(repos -> {
            repos.messages().edit(message.id(), "fixed", Mentions.NONE, at);
            return null;
        });

        Message edited = store().read(repos -> repos.messages().find(room.id(), message.id())).orElseThrow();
        assertThat(edited.text()).isEqualTo("fixed");
        assertThat(edited.editedAt()).isEqualTo(at);
        assertThat(edited.seq()).isEqualTo(message.seq());
    }

    @Test
    void a_tombstone_keeps_seq_and_id_but_no_text_or_attachments() {
        User user = data().user();
        Room room = data().group(user);
        Append append = new Append(data().nextId(), room.id(), false, user.id(), "secret", null,
                List.of(TestData.attachment("x")), null, Instant.now(), null);
        Message message = store().messageLog().append(append).message();
        Instant at = TestData.now();

        store().transaction(repos -> {
            repos.messages().tombstone(message.id(), at);
            return null;
        });

        Message tombstone = store().read(repos -> repos.messages().find(room.id(), message.id())).orElseThrow();
        assertThat(tombstone.isDeleted()).isTrue();
        assertThat(tombstone.deletedAt()).isEqualTo(at);
        assertThat(tombstone.text()).isEmpty();
        assertThat(tombstone.attachments()).isEmpty();
        assertThat(tombstone.seq()).isEqualTo(message.seq());
        assertThat(tombstone.userId()).isEqualTo(user.id());
    }

    private static List<Long> seqs(List<Message> messages) {
        return messages.stream().map(Message::seq).toList();
    }
}
