package dev.parley.server.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.file.FileStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The storage contract on local disk, plus what only a directory does. */
class LocalFileStorageTest extends FileStorageContract {
    private LocalFileStorage storage;

    @BeforeEach
    void open() throws Exception {
        storage = new LocalFileStorage(temp.resolve("store"));
    }

    @Override
    FileStorage storage() {
        return storage;
    }

    @Test
    void a_stored_file_is_moved_in_so_the_source_is_gone() throws Exception {
        Path source = Files.writeString(temp.resolve("upload"), "x");
        storage.put("files/a/original", source);
        assertThat(source).doesNotExist();
    }

    @Test
    void half_copied_files_are_removed_and_keys_cannot_leave_the_directory() throws Exception {
        Path partial = Files.createDirectories(temp.resolve("store/files/b")).resolve("original.123.part");
        Files.writeString(partial, "half");

        assertThat(storage.removeLeftovers()).isEqualTo(1);
        assertThat(partial).doesNotExist();
        assertThatThrownBy(() -> storage.open("../outside")).isInstanceOf(IllegalArgumentException.class);
    }
}
