package dev.parley.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.TestNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many uploads at once, and what a node killed mid-upload leaves behind. */
class UploadResilienceTest {
    private static final String LEFTOVER_ID = "0190d5a4-0000-7000-8000-00000000000f";

    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> {
        try {
            // What a node killed mid-upload leaves: a half-received upload and a half-copied file.
            Path received = Files.createDirectories(config.dataDir().resolve("tmp").resolve("uploads"));
            Files.writeString(received.resolve("abc.upload"), "half an upload");
            Path stored = Files.createDirectories(config.files().directory().resolve("files").resolve(LEFTOVER_ID));
            Files.writeString(stored.resolve("original.1234.part"), "half a copy");
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });

    @Test
    void what_a_killed_node_left_half_done_is_removed_at_start() throws IOException {
        assertThat(Multipart.regularFiles(node.config().dataDir().resolve("tmp"))).isEmpty();
        assertThat(Multipart.regularFiles(node.config().files().directory())).noneMatch(p -> p.toString().endsWith(".part"));
    }

    @Test
    void a_20_mib_file_is_stored_and_served_whole() throws Exception {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Large");
        byte[] content = new byte[20 * 1024 * 1024];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) ('a' + i % 26);
        }

        var answer = Multipart.file("large.txt", "text/plain", content).postTo(ana.api(), "/v1/rooms/" + room + "/files");

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("size").asLong()).isEqualTo(content.length);
        var fetched = Multipart.fetch(node.url(), answer.json().get("url").asText());
        assertThat(fetched.body()).isEqualTo(content);
    }

    @Test
    void a_hundred_concurrent_uploads_are_all_stored_and_leave_no_temporary_files() throws Exception {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Busy");
        byte[] content = new byte[256 * 1024];
        java.util.Arrays.fill(content, (byte) 'p');
        Set<String> ids = ConcurrentHashMap.newKeySet();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 100; i++) {
                int n = i;
                pool.submit(() -> {
                    var answer = Multipart.file("part-" + n + ".txt", "text/plain", content)
                            .postTo(ana.api(), "/v1/rooms/" + room + "/files");
                    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                    ids.add(answer.json().get("id").asText());
                });
            }
        }
        assertThat(ids).hasSize(100);
        assertThat(Multipart.regularFiles(node.config().dataDir().resolve("tmp"))).isEmpty();
        assertThat(Multipart.regularFiles(node.config().files().directory())).hasSizeGreaterThanOrEqualTo(100);
    }
}
