package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MessageApiTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();

    private static List<Long> seqs(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(m -> m.get("seq").asLong()).toList();
    }

    @Test
    void a_sent_message_is_stored_with_the_next_seq_and_returned_with_201() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Team", bob);

        var first = ana.api().post("/v1/rooms/" + room + "/messages", Map.of("text", "hello", "clientId", "c-1"));
        var second = bob.api().post("/v1/rooms/" + room + "/messages", Map.of("text", "hi ana"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("seq").asLong()).isEqualTo(1);
        assertThat(first.json().get("roomId").asText()).isEqualTo(room);
        assertThat(first.json().get("userId").asText()).isEqualTo(ana.id());
        assertThat(first.json().get("clientId").asText()).isEqualTo("c-1");
        assertThat(first.json().get("createdAt").asText()).endsWith("Z");
        assertThat(second.json().get("seq").asLong()).isEqualTo(2);
        var history = bob.api().get("/v1/rooms/" + room + "/messages").json();
        assertThat(seqs(history)).containsExactly(1L, 2L);
        assertThat(history.get("items").get(0)).isEqualTo(first.json());
    }

    @Test
    void a_retried_client_id_returns_the_original_message_with_200_and_stores_nothing_new() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Retries");
        var body = Map.of("text", "once", "clientId", "retry-1");

        var original = ana.api().post("/v1/rooms/" + room + "/messages", body);
        var retry = ana.api().post("/v1/rooms/" + room + "/messages", Map.of("text", "changed text", "clientId", "retry-1"));

        assertThat(original.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(original.json());
        assertThat(seqs(ana.api().get("/v1/rooms/" + room + "/messages").json())).containsExactly(1L);
    }

    @Test
    void concurrent_retries_of_one_client_id_store_exactly_one_message() throws Exception {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Concurrent retries");
        Set<String> ids = ConcurrentHashMap.newKeySet();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 16; i++) {
                pool.submit(() -> {
                    var sent = ana.api().post("/v1/rooms/" + room + "/messages", Map.of("text", "x", "clientId", "same"));
                    statuses.add(sent.status());
                    ids.add(sent.json().get("id").asText());
                });
            }
        }
        assertThat(ids).hasSize(1);
        assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(seqs(ana.api().get("/v1/rooms/" + room + "/messages").json())).containsExactly(1L);
    }

    @Test
    void a_client_id_reused_in_another_room_is_a_conflict() {
        var ana = node.newUser("ana");
        String first = ana.createRoom("group", "One");
        String second = ana.createRoom("group", "Two");
        ana.api().post("/v1/rooms/" + first + "/messages", Map.of("text", "a", "clientId", "k"));

        var reused = ana.api().post("/v1/rooms/" + second + "/messages", Map.of("text", "b", "clientId", "k"));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.code()).isEqualTo("client_id_reused");
        assertThat(seqs(ana.api().get("/v1/rooms/" + second + "/messages").json())).isEmpty();
    }

    @Test
    void concurrent_senders_to_one_room_get_seqs_without_gaps_or_duplicates() throws Exception {
        var owner = node.newUser("owner");
        var senders = IntStream.range(0, 8).mapToObj(i -> node.newUser("sender")).toList();
        String room = owner.createRoom("group", "Busy", senders.toArray(TestNode.User[]::new));
        int perSender = 25;
        Set<Long> acked = ConcurrentHashMap.newKeySet();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var sender : senders) {
                pool.submit(() -> {
                    for (int i = 0; i < perSender; i++) {
                        acked.add(sender.send(room, "m" + i).get("seq").asLong());
                    }
                });
            }
        }
        int total = senders.size() * perSender;
        assertThat(acked).hasSize(total);
        List<Long> stored = owner.api().allMessages(room).stream().map(m -> m.get("seq").asLong()).toList();
        assertThat(stored).containsExactlyElementsOf(LongStreams.range(1, total));
        assertThat(owner.api().get("/v1/rooms/" + room).json().get("lastSeq").asLong()).isEqualTo(total);
    }

    @Test
    void history_pages_by_seq_before_after_and_latest_in_ascending_order() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "History");
        for (int i = 1; i <= 7; i++) {
            ana.send(room, "m" + i);
        }
        String path = "/v1/rooms/" + room + "/messages";

        var latest = ana.api().get(path + "?limit=3").json();
        var before = ana.api().get(path + "?before=5&limit=3").json();
        var oldest = ana.api().get(path + "?before=3&limit=3").json();
        var after = ana.api().get(path + "?after=0&limit=3").json();
        var tail = ana.api().get(path + "?after=5&limit=3").json();

        assertThat(seqs(latest)).containsExactly(5L, 6L, 7L);
        assertThat(latest.get("hasMore").asBoolean()).isTrue();
        assertThat(seqs(before)).containsExactly(2L, 3L, 4L);
        assertThat(before.get("hasMore").asBoolean()).isTrue();
        assertThat(seqs(oldest)).containsExactly(1L, 2L);
        assertThat(oldest.get("hasMore").asBoolean()).isFalse();
        assertThat(seqs(after)).containsExactly(1L, 2L, 3L);
        assertThat(after.get("hasMore").asBoolean()).isTrue();
        assertThat(seqs(tail)).containsExactly(6L, 7L);
        assertThat(tail.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void only_the_author_edits_and_an_edit_keeps_seq_and_unread_counts() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Edits", bob);
        String id = ana.send(room, "typo").get("id").asText();
        String path = "/v1/rooms/" + room + "/messages/" + id;

        var byBob = bob.api().patch(path, Map.of("text", "hijack"));
        var byAna = ana.api().patch(path, Map.of("text", "fixed"));

        assertThat(byBob.status()).isEqualTo(403);
        assertThat(byBob.code()).isEqualTo("forbidden");
        assertThat(byAna.status()).isEqualTo(200);
        assertThat(byAna.json().get("text").asText()).isEqualTo("fixed");
        assertThat(byAna.json().get("seq").asLong()).isEqualTo(1);
        assertThat(byAna.json().has("editedAt")).isTrue();
        assertThat(unread(bob, room)).isEqualTo(1);
        assertThat(unread(ana, room)).isZero();
    }

    @Test
    void a_deleted_message_stays_as_a_tombstone_at_its_seq_and_moderators_may_delete() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        String room = ana.createRoom("group", "Deletes", bob, cid);
        String bobs = bob.send(room, "bob's").get("id").asText();
        String cids = cid.send(room, "cid's").get("id").asText();

        var byCid = cid.api().delete("/v1/rooms/" + room + "/messages/" + bobs);
        var byOwner = ana.api().delete("/v1/rooms/" + room + "/messages/" + bobs);
        var byAuthor = cid.api().delete("/v1/rooms/" + room + "/messages/" + cids);
        var again = cid.api().delete("/v1/rooms/" + room + "/messages/" + cids);
        var editDeleted = cid.api().patch("/v1/rooms/" + room + "/messages/" + cids, Map.of("text", "back"));

        assertThat(byCid.status()).isEqualTo(403);
        assertThat(byOwner.status()).isEqualTo(200);
        assertThat(byOwner.json().get("text").asText()).isEmpty();
        assertThat(byOwner.json().has("deletedAt")).isTrue();
        assertThat(byAuthor.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(editDeleted.status()).isEqualTo(409);
        assertThat(editDeleted.code()).isEqualTo("message_deleted");
        var history = ana.api().get("/v1/rooms/" + room + "/messages").json();
        assertThat(seqs(history)).containsExactly(1L, 2L);
        assertThat(history.get("items").get(0).get("deletedAt").isTextual()).isTrue();
        assertThat(unread(ana, room)).as("deleted messages are not unread").isZero();
    }

    @Test
    void reactions_are_added_and_removed_idempotently_per_user() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Reactions", bob);
        String id = ana.send(room, "react to me").get("id").asText();
        String thumbs = "/v1/rooms/" + room + "/messages/" + id + "/reactions/%F0%9F%91%8D";

        ana.api().put(thumbs, null);
        ana.api().put(thumbs, null);
        var both = bob.api().put(thumbs, null);
        bob.api().put("/v1/rooms/" + room + "/messages/" + id + "/reactions/tada", null);

        var reactions = both.json().get("reactions");
        assertThat(both.status()).isEqualTo(200);
        assertThat(reactions.get(0).get("emoji").asText()).isEqualTo("👍");
        assertThat(reactions.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(reactions.get(0).get("userIds")).extracting(JsonNode::asText).containsExactly(ana.id(), bob.id());

        var removed = ana.api().delete(thumbs);
        var removedAgain = ana.api().delete(thumbs);
        assertThat(removed.json().get("reactions").get(0).get("userIds")).extracting(JsonNode::asText)
                .containsExactly(bob.id());
        assertThat(removedAgain.status()).isEqualTo(200);
        var stored = ana.api().get("/v1/rooms/" + room + "/messages").json().get("items").get(0).get("reactions");
        assertThat(stored).extracting(r -> r.get("emoji").asText()).containsExactly("👍", "tada");
    }

    @Test
    void replies_name_a_parent_of_the_same_room() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Threads");
        String other = ana.createRoom("group", "Elsewhere");
        String parent = ana.send(room, "question").get("id").asText();
        String foreign = ana.send(other, "unrelated").get("id").asText();

        var reply = ana.api().post("/v1/rooms/" + room + "/messages", Map.of("text", "answer", "parentId", parent));
        var crossRoom = ana.api().post("/v1/rooms/" + room + "/messages", Map.of("text", "x", "parentId", foreign));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("parentId").asText()).isEqualTo(parent);
        assertThat(crossRoom.status()).isEqualTo(404);
        assertThat(crossRoom.code()).isEqualTo("message_not_found");
    }

    @Test
    void attachments_are_stored_and_returned_with_the_message() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Files");
        var attachment = Map.of("type", "file", "url", "https://files.example/a.pdf", "name", "a.pdf",
                "mimeType", "application/pdf", "size", 1234);

        var sent = ana.api().post("/v1/rooms/" + room + "/messages", Map.of("text", "see", "attachments", List.of(attachment)));
        var javascript = ana.api().post("/v1/rooms/" + room + "/messages",
                Map.of("text", "x", "attachments", List.of(Map.of("url", "javascript:alert(1)"))));

        assertThat(sent.status()).isEqualTo(201);
        var stored = ana.api().get("/v1/rooms/" + room + "/messages").json().get("items").get(0).get("attachments").get(0);
        assertThat(stored.get("url").asText()).isEqualTo("https://files.example/a.pdf");
        assertThat(stored.get("size").asLong()).isEqualTo(1234);
        assertThat(javascript.status()).isEqualTo(400);
    }

    @Test
    void unread_count_is_last_seq_minus_read_mark_and_own_messages_count_as_read() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Unread", bob);
        ana.send(room, "1");
        ana.send(room, "2");
        ana.send(room, "3");

        assertThat(unread(bob, room)).isEqualTo(3);
        assertThat(unread(ana, room)).isZero();

        var mark = bob.api().post("/v1/rooms/" + room + "/read", Map.of("seq", 2));
        assertThat(mark.status()).isEqualTo(200);
        assertThat(mark.json().get("unreadCount").asLong()).isEqualTo(1);
        assertThat(unread(bob, room)).isEqualTo(1);

        var backwards = bob.api().post("/v1/rooms/" + room + "/read", Map.of("seq", 1));
        assertThat(backwards.status()).isEqualTo(200);
        assertThat(backwards.json().get("lastReadSeq").asLong()).isEqualTo(2);

        var beyond = bob.api().post("/v1/rooms/" + room + "/read", Map.of("seq", 1_000_000));
        assertThat(beyond.json().get("lastReadSeq").asLong()).isEqualTo(3);
        assertThat(unread(bob, room)).isZero();

        bob.send(room, "4");
        assertThat(unread(bob, room)).isZero();
        assertThat(unread(ana, room)).isEqualTo(1);
    }

    @Test
    void non_members_neither_read_nor_post_and_private_rooms_answer_404() {
        var ana = node.newUser("ana");
        var eve = node.newUser("eve");
        String group = ana.createRoom("group", "Private");
        String channel = ana.createRoom("channel", "Public");
        ana.send(group, "secret");
        ana.send(channel, "announcement");

        var readGroup = eve.api().get("/v1/rooms/" + group + "/messages");
        var postGroup = eve.api().post("/v1/rooms/" + group + "/messages", Map.of("text", "hi"));
        var readChannel = eve.api().get("/v1/rooms/" + channel + "/messages");
        var postChannel = eve.api().post("/v1/rooms/" + channel + "/messages", Map.of("text", "hi"));
        var markGroup = eve.api().post("/v1/rooms/" + group + "/read", Map.of("seq", 1));

        assertThat(readGroup.status()).isEqualTo(404);
        assertThat(readGroup.code()).isEqualTo("room_not_found");
        assertThat(postGroup.status()).isEqualTo(404);
        assertThat(markGroup.status()).isEqualTo(404);
        assertThat(readChannel.status()).isEqualTo(403);
        assertThat(postChannel.status()).isEqualTo(403);
        assertThat(seqs(ana.api().get("/v1/rooms/" + group + "/messages").json())).containsExactly(1L);
    }

    static long unread(TestNode.User user, String room) {
        return user.api().get("/v1/rooms/" + room).json().get("unreadCount").asLong();
    }

    /** Ranges of longs as lists, for exact seq comparisons. */
    static final class LongStreams {
        static List<Long> range(long fromInclusive, long toInclusive) {
            return java.util.stream.LongStream.rangeClosed(fromInclusive, toInclusive).boxed().toList();
        }
    }
}
