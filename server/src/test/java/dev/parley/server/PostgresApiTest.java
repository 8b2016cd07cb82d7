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

    @Test
    void concurrent_reactions_to_one_message_each_carry_the_list_as_it_is_after_their_change() throws Exception {
        var owner = node.newUser("owner");
        var reactors = IntStream.range(0, 8).mapToObj(i -> node.newUser("reactor")).toList();
        String room = owner.createRoom("group", "PG reactions", reactors.toArray(TestNode.User[]::new));
        String message = owner.send(room, "react to me").get("id").asText();
        try (var watcher = dev.parley.server.ws.WsTestClient.connect(node)) {
            watcher.authenticate(node.token(owner.id()));
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (var reactor : reactors) {
                    for (String emoji : List.of("tada", "eyes")) {
                        pool.submit(() -> assertThat(reactor.api().put("/v1/rooms/" + room + "/messages/" + message
                                + "/reactions/" + emoji, null).status()).isEqualTo(200));
                    }
                }
            }
            var events = watcher.awaitCount(16, f -> f.path("type").asText().equals("reaction.added")).stream()
                    .sorted(java.util.Comparator.comparingLong(f -> f.get("change").asLong())).toList();
            // Applied in change order, as a client does, each event's list is the previous one plus its reaction.
            Set<String> held = new java.util.TreeSet<>();
            for (var event : events) {
                held.add(event.get("emoji").asText() + " " + event.get("userId").asText());
                assertThat(reactionsOf(event.get("reactions"))).as("the list of change %s", event.get("change"))
                        .isEqualTo(held);
            }
            assertThat(held).hasSize(16);
        }
    }

    @Test
    void a_member_who_joins_while_messages_arrive_has_unread_exactly_what_came_after_their_member_added() {
        var owner = node.newUser("owner");
        var sender = node.newUser("sender");
        String room = owner.createRoom("channel", "PG joins", sender);
        var joiners = IntStream.range(0, 8).mapToObj(i -> node.newUser("joiner")).toList();
        try (var watcher = dev.parley.server.ws.WsTestClient.connect(node);
                var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            watcher.authenticate(node.token(owner.id()));
            pool.submit(() -> IntStream.range(0, 60).forEach(i -> sender.send(room, "busy " + i)));
            for (var joiner : joiners) {
                pool.submit(() -> assertThat(joiner.api().post("/v1/rooms/" + room + "/members",
                        Map.of("userIds", List.of(joiner.id()))).status()).isEqualTo(200));
            }
            pool.close();
            var added = watcher.awaitCount(8, f -> f.path("type").asText().equals("member.added"));
            for (var event : added) {
                String joiner = event.at("/member/userId").asText();
                assertThat(event.at("/member/lastReadSeq").asLong()).as("%s's mark is where their member.added is",
                        joiner).isEqualTo(event.get("lastSeq").asLong());
                var mine = new ApiClient(node.url(), node.token(joiner)).get("/v1/rooms/" + room).json();
                assertThat(mine.get("unreadCount").asLong()).as("%s's unread: the messages after their join", joiner)
                        .isEqualTo(60 - event.get("lastSeq").asLong());
            }
        }
    }

    private static Set<String> reactionsOf(com.fasterxml.jackson.databind.JsonNode reactions) {
        Set<String> all = new java.util.TreeSet<>();
        for (var reaction : reactions) {
            for (var user : reaction.get("userIds")) {
                all.add(reaction.get("emoji").asText() + " " + user.asText());
            }
        }
        return all;
    }
}
