package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged message survives {@code kill -9} of the server on the embedded database:
 * senders keep sending while the process is killed; after a restart on the same data dir,
 * every acknowledged message is there, and seqs have no gaps.
 */
class DurabilityIT {
    @TempDir
    Path dataDir;

    @Test
    void every_acknowledged_message_survives_a_kill_9_mid_load_and_retries_stay_idempotent() throws Exception {
        String room;
        String token;
        Map<String, String> acked = new ConcurrentHashMap<>();
        try (ServerProcess server = ServerProcess.start(dataDir, Map.of())) {
            var admin = server.client(TestNode.API_SECRET);
            admin.put("/v1/users/writer", Map.of("name", "Writer"));
            token = admin.post("/v1/users/writer/tokens", Map.of()).json().get("token").asText();
            var writer = server.client(token);
            room = writer.post("/v1/rooms", Map.of("type", "group", "name", "Durable")).json().get("id").asText();

            AtomicBoolean killed = new AtomicBoolean();
            CountDownLatch enough = new CountDownLatch(300);
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int sender = 0; sender < 8; sender++) {
                    int id = sender;
                    pool.submit(() -> {
                        for (int i = 0; !killed.get(); i++) {
                            try {
                                var sent = writer.post("/v1/rooms/" + room + "/messages",
                                        Map.of("text", "m", "clientId", id + "-" + i));
                                if (sent.status() == 201) {
                                    acked.put(id + "-" + i, sent.json().get("id").asText());
                                    enough.countDown();
                                }
                            } catch (IllegalStateException connectionLost) {
                                return;
                            }
                        }
                    });
                }
                enough.await();
                server.kill();
                killed.set(true);
            }
        }
        assertThat(acked).hasSizeGreaterThanOrEqualTo(300);

        try (ServerProcess restarted = ServerProcess.start(dataDir, Map.of())) {
            var reader = restarted.client(token);
            List<JsonNode> stored = reader.allMessages(room);
            Set<String> storedIds = ConcurrentHashMap.newKeySet();
            stored.forEach(m -> storedIds.add(m.get("id").asText()));
            assertThat(storedIds).containsAll(acked.values());
            var retried = acked.entrySet().stream().limit(20).toList();
            for (var entry : retried) {
                var again = reader.post("/v1/rooms/" + room + "/messages", Map.of("text", "m", "clientId", entry.getKey()));
                assertThat(again.status()).isEqualTo(200);
                assertThat(again.json().get("id").asText()).isEqualTo(entry.getValue());
            }
            for (int i = 0; i < stored.size(); i++) {
                assertThat(stored.get(i).get("seq").asLong()).isEqualTo(i + 1);
            }
            var room2 = reader.get("/v1/rooms/" + room).json();
            assertThat(room2.get("lastSeq").asLong()).isEqualTo(stored.size());
        }
    }
}
