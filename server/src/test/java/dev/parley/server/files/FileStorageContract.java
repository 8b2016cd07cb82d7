package dev.parley.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.file.FileStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link FileStorage} does; run on local disk and on a real S3-compatible server. */
abstract class FileStorageContract {
    @TempDir
    Path temp;

    abstract FileStorage storage();

    @Test
    void a_stored_file_reads_back_byte_for_byte_with_its_length() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(content);
        String key = key("original");

        storage().put(key, source(content));

        try (var object = storage().open(key).orElseThrow()) {
            assertThat(object.length()).isEqualTo(content.length);
            assertThat(object.content().readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void putting_under_the_same_key_replaces_the_object() throws Exception {
        String key = key("thumbnail");
        storage().put(key, source("first".getBytes()));
        storage().put(key, source("second".getBytes()));

        try (var object = storage().open(key).orElseThrow()) {
            assertThat(object.content().readAllBytes()).isEqualTo("second".getBytes());
        }
    }

    @Test
    void a_missing_key_reads_as_empty_and_deleting_it_is_no_error() throws Exception {
        String key = key("original");

        assertThat(storage().open(key)).isEmpty();
        storage().delete(key);
    }

    @Test
    void a_deleted_object_is_gone_and_its_siblings_stay() throws Exception {
        String id = UUID.randomUUID().toString();
        storage().put("files/" + id + "/original", source("o".getBytes()));
        storage().put("files/" + id + "/preview", source("p".getBytes()));

        storage().delete("files/" + id + "/original");

        assertThat(storage().open("files/" + id + "/original")).isEmpty();
        try (var sibling = storage().open("files/" + id + "/preview").orElseThrow()) {
            assertThat(sibling.content().readAllBytes()).isEqualTo("p".getBytes());
        }
    }

    @Test
    void an_empty_object_is_stored_as_empty() throws Exception {
        String key = key("original");
        storage().put(key, source(new byte[0]));

        try (var object = storage().open(key).orElseThrow()) {
            assertThat(object.length()).isZero();
            assertThat(object.content().readAllBytes()).isEmpty();
        }
    }

    private static String key(String variant) {
        return "files/" + UUID.randomUUID() + "/" + variant;
    }

    private Path source(byte[] content) throws Exception {
        return Files.write(Files.createTempFile(temp, "source", ".bin"), content);
    }
}
