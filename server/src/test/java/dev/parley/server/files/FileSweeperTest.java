package dev.parley.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.RolePermissions;
import dev.parley.core.event.LocalEventBus;
import dev.parley.core.file.FileKind;
import dev.parley.core.file.FileService;
import dev.parley.core.file.StoredFile;
import dev.parley.core.id.UuidV7Generator;
import dev.parley.core.message.Attachment;
import dev.parley.core.message.MessageDraft;
import dev.parley.core.message.MessageLimits;
import dev.parley.core.message.MessageService;
import dev.parley.core.room.Room;
import dev.parley.core.store.Transactor;
import dev.parley.core.user.UserRole;
import dev.parley.store.jdbc.Database;
import dev.parley.store.JdbcStore;
import dev.parley.store.log.MessageLogSettings;
import dev.parley.store.TestData;
import dev.parley.store.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removal of uploads no message attached in time and of the files of deleted messages. */
class FileSweeperTest {
    private static final Duration KEEP = Duration.ofHours(1);

    @TempDir
    Path temp;

    private final MovableClock clock = new MovableClock();
    private JdbcStore store;
    private LocalFileStorage storage;
    private FileService files;
    private MessageService messages;
    private FileSweeper sweeper;
    private Actor ana;
    private Room room;

    @BeforeEach
    void start() throws Exception {
        store = new JdbcStore(Database.open(TestDatabases.h2(temp).settings()), MessageLogSettings.DEFAULT);
        storage = new LocalFileStorage(temp.resolve("files"));
        var ids = new UuidV7Generator(clock);
        var transactor = new Transactor(store, new LocalEventBus());
        files = new FileService(transactor, ids, clock, RolePermissions.DEFAULT, KEEP);
        messages = new MessageService(transactor, ids, clock, MessageLimits.DEFAULT, RolePermissions.DEFAULT);
        sweeper = new FileSweeper(files, storage);
        var data = new TestData(store);
        var user = data.user();
        ana = new Actor(user.id(), UserRole.USER);
        room = data.group(user);
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void an_upload_no_message_attached_is_removed_once_its_time_is_up_and_not_before() throws Exception {
        StoredFile file = upload();

        clock.advance(KEEP.minusMinutes(1));
        assertThat(sweeper.sweep()).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(sweeper.sweep()).isEqualTo(1);

        assertThat(files.find(file.id())).isEmpty();
        assertThat(storage.open(file.key())).isEmpty();
    }

    @Test
    void an_attached_file_is_kept_until_its_message_is_deleted() throws Exception {
        StoredFile file = upload();
        var posted = messages.post(ana, room.id().toString(),
                new MessageDraft("see file", "c-1", null, List.of(Attachment.ofUpload(file.id().toString()))));

        clock.advance(KEEP.multipliedBy(48));
        assertThat(sweeper.sweep()).isZero();
        assertThat(storage.open(file.key())).isPresent();

        messages.delete(ana, room.id().toString(), posted.message().id().toString());
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(storage.open(file.key())).isEmpty();
        assertThat(files.find(file.id())).isEmpty();
    }

    private StoredFile upload() throws Exception {
        Path bytes = Files.writeString(temp.resolve("upload-" + System.nanoTime()), "hello");
        StoredFile file = new StoredFile(files.newId(), room.id(), ana.userId(), "a.txt", 5, "text/plain",
                FileKind.FILE, null, null, null, false, null, files.now());
        storage.put(file.key(), bytes);
        return files.record(file);
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
