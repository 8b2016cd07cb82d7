package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The delivery guarantees over real HTTP on a real PostgreSQL (the production database). */
class PostgresApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onPostgres();

    @Test
    void concurrent_senders_and_retries_give_gap_free_seqs_and_one_message_per_client_id() throws Exception {
        var owner = node.newUser("owner");
        var senders = IntStream.range(0, 6).mapToObj(i -> node.newUser("sender")).toList();
        String room = owner.createRoom("group", "PG busy", senders.toArray(TestNode.User[]::new));
        Set<String> ids = ConcurrentHashMap.newKeySet();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var sender : senders) {
                for (int attempt = 0; attempt < 2; attempt++) {
                    pool.submit(() -> {
                        for (int i = 0; i < 20; i++) {
                            var sent = sender.api().post("/v1/rooms/" + room + "/messages",
                                    Map.of("text", "m" + i, "clientId", "k" + i));
                            assertThat(sent.status()).isIn(200, 201);
                            ids.add(sent.json().get("id").asText());
                        }
                    });
                }
            }
        }
        assertThat(ids).hasSize(120);
        var page = owner.api().get("/v1/rooms/" + room + "/messages?after=0&limit=200").json();
        List<Long> seqs = StreamSupport.stream(page.get("items").spliterator(), false)
                .map(m -> m.get("seq").asLong()).toList();
        assertThat(seqs).containsExactlyElementsOf(MessageApiTest.LongStreams.range(1, 120));
        assertThat(MessageApiTest.unread(owner, room)).isEqualTo(120);
    }

    @Test
    void rooms_members_reads_and_direct_rooms_work_the_same_on_postgres() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "PG room", bob);
        ana.send(room, "one");
        ana.send(room, "two");
        var direct = ana.api().post("/v1/rooms/direct", Map.of("userId", bob.id()));
        var again = bob.api().post("/v1/rooms/direct", Map.of("userId", ana.id()));

        assertThat(direct.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(MessageApiTest.unread(bob, room)).isEqualTo(2);
        assertThat(bob.api().post("/v1/rooms/" + room + "/read", Map.of("seq", 1)).json().get("unreadCount").asLong())
                .isEqualTo(1);
        assertThat(node.server().get("/v1/users?query=" + ana.id().toUpperCase()).json().get("items")).hasSize(1);
        assertThat(node.anonymous().get("/ready").status()).isEqualTo(200);
    }
}
