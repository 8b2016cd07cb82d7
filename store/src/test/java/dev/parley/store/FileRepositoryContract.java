package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.file.FileKind;
import dev.parley.core.file.StoredFile;
import dev.parley.core.message.Message;
import dev.parley.core.room.Room;
import dev.parley.core.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public abstract class FileRepositoryContract extends StoreContract {

    @Test
    void a_recorded_file_reads_back_with_every_field() {
        Fixture f = fixture("photo.jpg");
        StoredFile read = store().read(repos -> repos.files().find(f.file.id())).orElseThrow();
        assertThat(read).isEqualTo(f.file);
        assertThat(store().<java.util.Optional<StoredFile>>read(repos -> repos.files().find(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void an_unclaimed_file_becomes_removable_at_its_deadline_and_not_before() {
        Fixture f = fixture("a.txt");
        Instant deadline = f.file.createdAt().plus(Duration.ofHours(1));

        assertThat(removableIds(deadline.minusSeconds(1))).doesNotContain(f.file.id());
        assertThat(removableIds(deadline)).contains(f.file.id());
    }

    @Test
    void a_file_claimed_by_a_stored_message_is_kept_and_one_of_a_deleted_message_is_released() {
        Fixture f = fixture("b.txt");
        Message message = data().post(f.room, f.user, "with file");
        store().transaction(repos -> {
            repos.files().claim(List.of(f.file.id()), message.id());
            repos.files().keep(message.id());
            return null;
        });
        Instant later = f.file.createdAt().plus(Duration.ofDays(30));
        assertThat(removableIds(later)).doesNotContain(f.file.id());
        assertThat(find(f.file.id()).messageId()).isEqualTo(message.id());

        Instant deletedAt = TestData.now();
        store().transaction(repos -> {
            repos.messages().tombstone(message.id(), deletedAt);
            repos.files().release(message.id(), deletedAt);
            return null;
        });
        assertThat(removableIds(deletedAt)).contains(f.file.id());
    }

    @Test
    void a_claim_by_a_message_that_was_never_stored_does_not_keep_the_file_past_its_deadline() {
        Fixture f = fixture("c.txt");
        UUID neverStored = data().nextId();
        store().transaction(repos -> {
            repos.files().claim(List.of(f.file.id()), neverStored);
            return null;
        });
        assertThat(removableIds(f.file.createdAt().plus(Duration.ofHours(2)))).contains(f.file.id());
    }

    @Test
    void a_stored_message_protects_its_file_even_before_the_claim_was_settled() {
        Fixture f = fixture("d.txt");
        Message message = data().post(f.room, f.user, "crash before keep");
        store().transaction(repos -> {
            repos.files().claim(List.of(f.file.id()), message.id());
            return null;
        });
        assertThat(removableIds(f.file.createdAt().plus(Duration.ofHours(2)))).doesNotContain(f.file.id());
    }

    @Test
    void claims_move_to_the_original_message_of_a_retry() {
        Fixture f = fixture("e.txt");
        UUID attempt = data().nextId();
        Message original = data().post(f.room, f.user, "original");
        store().transaction(repos -> {
            repos.files().claim(List.of(f.file.id()), attempt);
            repos.files().moveClaims(attempt, original.id());
            repos.files().keep(original.id());
            return null;
        });
        assertThat(find(f.file.id()).messageId()).isEqualTo(original.id());
    }

    @Test
    void a_deleted_file_is_gone_and_no_longer_counted() {
        Fixture f = fixture("f.txt");
        long before = bytesStored();
        store().transaction(repos -> {
            repos.files().delete(f.file.id());
            return null;
        });
        assertThat(store().<java.util.Optional<StoredFile>>read(repos -> repos.files().find(f.file.id()))).isEmpty();
        assertThat(bytesStored()).isEqualTo(before - f.file.size());
    }

    private record Fixture(User user, Room room, StoredFile file) {
    }

    private Fixture fixture(String name) {
        User user = data().user();
        Room room = data().group(user);
        StoredFile file = new StoredFile(data().nextId(), room.id(), user.id(), name, 1234, "image/jpeg",
                FileKind.IMAGE, 640, 480, null, true, null, TestData.now());
        store().transaction(repos -> {
            repos.files().insert(file, file.createdAt().plus(Duration.ofHours(1)));
            return null;
        });
        return new Fixture(user, room, file);
    }

    private long bytesStored() {
        return store().<Long>read(repos -> repos.files().bytesStored());
    }

    private StoredFile find(UUID id) {
        return store().read(repos -> repos.files().find(id)).orElseThrow();
    }

    private List<UUID> removableIds(Instant now) {
        return store().read(repos -> repos.files().removable(now, 1000)).stream().map(StoredFile::id).toList();
    }
}
