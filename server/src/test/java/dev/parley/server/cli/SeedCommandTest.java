package dev.parley.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyNode;
import dev.parley.server.TestNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley seed ROOM_ID --user U --messages N}: a large room in seconds, with the same seqs and counters as sends. */
class SeedCommandTest {
    @TempDir
    Path dataDir;

    private int run(StringWriter err, String... args) {
        var cli = ParleyCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void seeded_messages_follow_the_rooms_own_and_page_like_sent_ones() {
        var config = TestNode.config(dataDir, "", "", "", true);
        String room;
        String token;
        try (ParleyNode node = ParleyNode.start(config)) {
            var server = new ApiClient(node.url(), TestNode.API_SECRET);
            server.put("/v1/users/ana", Map.of("name", "Ana"));
            server.put("/v1/users/bo", Map.of("name", "Bo"));
            token = server.post("/v1/users/ana/tokens", Map.of()).json().get("token").asText();
            var ana = new ApiClient(node.url(), token);
            room = ana.post("/v1/rooms", Map.of("type", "group", "name", "Big")).json().get("id").asText();
            ana.post("/v1/rooms/" + room + "/messages", Map.of("text", "first, sent"));
        }

        var err = new StringWriter();
        int exit = run(err, "seed", room, "--user", "ana", "--messages", "2500", "--data-dir", dataDir.toString(),
                "--api-key", TestNode.API_KEY, "--api-secret", TestNode.API_SECRET);
        int notMember = run(err, "seed", room, "--user", "bo", "--messages", "10", "--data-dir", dataDir.toString(),
                "--api-key", TestNode.API_KEY, "--api-secret", TestNode.API_SECRET);
        int noRoom = run(err, "seed", UUID.randomUUID().toString(), "--user", "ana", "--messages", "10",
                "--data-dir", dataDir.toString(), "--api-key", TestNode.API_KEY, "--api-secret", TestNode.API_SECRET);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(notMember).isEqualTo(1);
        assertThat(noRoom).isEqualTo(1);
        assertThat(err.toString()).contains("not a member").contains("no room");
        try (ParleyNode node = ParleyNode.start(config)) {
            var ana = new ApiClient(node.url(), token);
            assertThat(ana.get("/v1/rooms/" + room).json().get("lastSeq").asLong()).isEqualTo(2501);
            var page = ana.get("/v1/rooms/" + room + "/messages?before=1001&limit=50").json().get("items");
            assertThat(page).hasSize(50);
            for (int i = 0; i < 50; i++) {
                assertThat(page.get(i).get("seq").asLong()).isEqualTo(951 + i);
            }
            assertThat(page.get(49).get("text").asText()).isEqualTo("seeded message 999");
            var sent = ana.post("/v1/rooms/" + room + "/messages", Map.of("text", "after the seed"));
            assertThat(sent.json().get("seq").asLong()).isEqualTo(2502);
        }
    }
}
