package dev.parley.server.ws;

import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every member's every session gets every event of the room, once, in order. */
class WsFanOutTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    static List<String> historyIds(TestNode.User viewer, String room) {
        return viewer.api().allMessages(room).stream().map(m -> m.get("id").asText()).toList();
    }

    private static Predicate<JsonNode> event(String type, String room) {
        return f -> type(f).equals(type) && room.equals(f.path("roomId").asText(null));
    }

    @Test
    void concurrent_senders_over_rest_and_socket_reach_every_receiver_exactly_once_in_seq_order() throws Exception {
        var owner = node.newUser("owner");
        var senders = List.of(node.newUser("rest1"), node.newUser("rest2"), node.newUser("ws1"), node.newUser("ws2"));
        var receivers = List.of(node.newUser("r1"), node.newUser("r2"), node.newUser("r3"), node.newUser("r4"));
        var all = new ArrayList<TestNode.User>(senders);
        all.addAll(receivers);
        String room = owner.createRoom("group", "Busy", all.toArray(TestNode.User[]::new));
        var watching = new ArrayList<WsTestClient>();
        receivers.forEach(r -> watching.add(sessions.open(r)));
        watching.add(sessions.open(receivers.get(0)));
        var socketSenders = List.of(sessions.open(senders.get(2)), sessions.open(senders.get(3)));
        int perSender = 25;

        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var rest : senders.subList(0, 2)) {
                pool.submit(() -> {
                    for (int i = 0; i < perSender; i++) {
                        rest.send(room, rest.id() + " " + i);
                    }
                });
            }
            for (var socket : socketSenders) {
                pool.submit(() -> {
                    for (int i = 0; i < perSender; i++) {
                        socket.sendMessage(room, "socket " + i, "fan-" + i);
                    }
                });
            }
        }

        int total = 4 * perSender;
        for (var socket : socketSenders) {
            assertThat(socket.awaitCount(perSender, f -> type(f).equals("ack"))).hasSize(perSender);
            assertThat(socket.framesOfType("error")).isEmpty();
        }
        List<Long> everySeq = LongStream.rangeClosed(1, total).boxed().toList();
        List<String> stored = historyIds(owner, room);
        assertThat(stored).hasSize(total);
        var everyone = new ArrayList<>(watching);
        everyone.addAll(socketSenders);
        for (var client : everyone) {
            client.awaitCount(total, event("message.new", room));
            assertThat(client.messageNewSeqs(room)).isEqualTo(everySeq);
            assertThat(client.messageNewIds(room)).isEqualTo(stored);
            for (JsonNode event : client.messageNews(room)) {
                assertThat(event.get("lastSeq").asLong()).isGreaterThanOrEqualTo(event.get("seq").asLong());
                assertThat(event.get("message").get("seq").asLong()).isEqualTo(event.get("seq").asLong());
            }
        }
    }

    @Test
    void edits_deletes_and_reactions_arrive_in_commit_order_with_the_documented_fields() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Changes", bob);
        var watcher = sessions.open(bob);
        String first = ana.send(room, "typo").get("id").asText();
        String second = ana.send(room, "regret").get("id").asText();
        String base = "/v1/rooms/" + room + "/messages/";
        watcher.awaitCount(2, event("message.new", room)); // an edit may overtake a message.new of a later seq

        ana.api().patch(base + first, Map.of("text", "fixed"));
        ana.api().put(base + first + "/reactions/%F0%9F%91%8D", null);
        ana.api().delete(base + first + "/reactions/%F0%9F%91%8D");
        ana.api().delete(base + second);

        JsonNode updated = watcher.awaitFrame(event("message.updated", room));
        JsonNode added = watcher.awaitFrame(event("reaction.added", room));
        JsonNode removed = watcher.awaitFrame(event("reaction.removed", room));
        JsonNode deleted = watcher.awaitFrame(event("message.deleted", room));
        var order = watcher.eventsOfRoom(room).stream().map(WsTestClient::type).toList();
        assertThat(order).containsExactly("message.new", "message.new", "message.updated", "reaction.added",
                "reaction.removed", "message.deleted");
        for (JsonNode event : List.of(updated, added, removed, deleted)) {
            assertThat(event.get("lastSeq").asLong()).as(event.toString()).isEqualTo(2);
        }
        assertThat(updated.get("seq").asLong()).isEqualTo(1);
        assertThat(updated.get("message").get("id").asText()).isEqualTo(first);
        assertThat(updated.get("message").get("text").asText()).isEqualTo("fixed");
        assertThat(updated.get("message").get("editedAt").isTextual()).isTrue();
        assertThat(added.get("messageId").asText()).isEqualTo(first);
        assertThat(added.get("userId").asText()).isEqualTo(ana.id());
        assertThat(added.get("emoji").asText()).isEqualTo("👍");
        assertThat(added.get("reactions").get(0).get("emoji").asText()).isEqualTo("👍");
        assertThat(added.get("reactions").get(0).get("userIds")).extracting(JsonNode::asText).containsExactly(ana.id());
        assertThat(removed.get("messageId").asText()).isEqualTo(first);
        assertThat(removed.get("emoji").asText()).isEqualTo("👍");
        assertThat(removed.get("reactions")).isEmpty();
        assertThat(deleted.get("seq").asLong()).isEqualTo(2);
        assertThat(deleted.get("message").get("id").asText()).isEqualTo(second);
        assertThat(deleted.get("message").get("text").asText()).isEmpty();
        assertThat(deleted.get("message").get("deletedAt").isTextual()).isTrue();
    }

    @Test
    void room_and_member_changes_and_read_marks_arrive_with_the_documented_fields() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        var watcher = sessions.open(bob);

        String room = ana.createRoom("group", "Before", bob);
        JsonNode created = watcher.awaitFrame(event("room.created", room));
        ana.send(room, "one");
        watcher.awaitFrame(event("message.new", room));
        ana.api().patch("/v1/rooms/" + room, Map.of("name", "After", "topic", "renamed"));
        ana.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(cid.id())));
        ana.api().patch("/v1/rooms/" + room + "/members/" + bob.id(), Map.of("role", "moderator"));
        ana.api().delete("/v1/rooms/" + room + "/members/" + cid.id());
        bob.api().post("/v1/rooms/" + room + "/read", Map.of("seq", 1));

        JsonNode read = watcher.awaitFrame(event("read", room));
        var order = watcher.eventsOfRoom(room).stream().map(WsTestClient::type).toList();
        assertThat(order).containsExactly("room.created", "message.new", "room.updated", "member.added",
                "member.updated", "member.removed", "read");
        assertThat(created.get("lastSeq").asLong()).isZero();
        assertThat(created.get("room").get("id").asText()).isEqualTo(room);
        assertThat(created.get("room").get("name").asText()).isEqualTo("Before");
        assertThat(created.get("room").get("type").asText()).isEqualTo("group");
        assertThat(created.get("room").has("unreadCount")).isFalse();
        assertThat(created.get("room").has("role")).isFalse();
        for (JsonNode event : watcher.eventsOfRoom(room).subList(1, order.size())) {
            assertThat(event.get("lastSeq").asLong()).as(event.toString()).isEqualTo(1);
        }
        JsonNode updated = watcher.awaitFrame(event("room.updated", room));
        assertThat(updated.get("room").get("name").asText()).isEqualTo("After");
        assertThat(updated.get("room").get("topic").asText()).isEqualTo("renamed");
        JsonNode added = watcher.awaitFrame(event("member.added", room)).get("member");
        assertThat(added.get("userId").asText()).isEqualTo(cid.id());
        assertThat(added.get("role").asText()).isEqualTo("member");
        assertThat(added.get("lastReadSeq").asLong()).isEqualTo(1);
        assertThat(added.get("joinedAt").isTextual()).isTrue();
        JsonNode role = watcher.awaitFrame(event("member.updated", room)).get("member");
        assertThat(role.get("userId").asText()).isEqualTo(bob.id());
        assertThat(role.get("role").asText()).isEqualTo("moderator");
        assertThat(watcher.awaitFrame(event("member.removed", room)).get("userId").asText()).isEqualTo(cid.id());
        assertThat(read.get("userId").asText()).isEqualTo(bob.id());
        assertThat(read.get("seq").asLong()).isEqualTo(1);
    }

    @Test
    void a_removed_member_gets_member_removed_about_themselves_and_then_nothing_more_from_the_room() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        var dan = node.newUser("dan");
        String room = ana.createRoom("group", "Shrinking", bob, cid);
        var removed = sessions.open(bob);
        var witness = sessions.open(cid);
        ana.send(room, "before");
        removed.awaitFrame(event("message.new", room));

        ana.api().delete("/v1/rooms/" + room + "/members/" + bob.id());
        JsonNode goodbye = removed.awaitFrame(event("member.removed", room));
        for (int i = 0; i < 3; i++) {
            ana.send(room, "after " + i);
        }
        ana.api().patch("/v1/rooms/" + room, Map.of("name", "Without bob"));
        ana.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(dan.id())));
        cid.api().post("/v1/rooms/" + room + "/read", Map.of("seq", 4));
        witness.awaitFrame(event("read", room));

        assertThat(goodbye.get("userId").asText()).isEqualTo(bob.id());
        nothingMoreFrom(removed, room, goodbye);
        removed.ping();
    }

    @Test
    void a_member_who_leaves_gets_member_removed_and_then_nothing_more_from_the_room() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Leaving", bob);
        var leaver = sessions.open(bob);
        var otherTab = sessions.open(bob);
        var witness = sessions.open(ana);

        assertThat(bob.api().delete("/v1/rooms/" + room + "/members/" + bob.id()).status()).isEqualTo(204);
        JsonNode goodbye = leaver.awaitFrame(event("member.removed", room));
        otherTab.awaitFrame(event("member.removed", room));
        ana.send(room, "gone?");
        witness.awaitFrame(event("message.new", room));

        assertThat(goodbye.get("userId").asText()).isEqualTo(bob.id());
        nothingMoreFrom(leaver, room, goodbye);
        assertThat(otherTab.framesOfType("message.new")).isEmpty();
    }

    @Test
    void a_deleted_room_sends_room_deleted_and_then_nothing_more() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Doomed", bob);
        var watcher = sessions.open(bob);
        var owner = sessions.open(ana);
        ana.send(room, "last words");

        assertThat(ana.api().delete("/v1/rooms/" + room).status()).isEqualTo(204);
        JsonNode deleted = watcher.awaitFrame(event("room.deleted", room));
        owner.awaitFrame(event("room.deleted", room));
        JsonNode refused = owner.sendAndAwaitReply(room, "hello?", "after-delete");

        assertThat(deleted.get("lastSeq").asLong()).isEqualTo(1);
        assertThat(refused.get("code").asText()).isEqualTo("room_not_found");
        nothingMoreFrom(watcher, room, deleted);
    }

    private static void nothingMoreFrom(WsTestClient client, String room, JsonNode last) {
        await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2)).until(() -> {
            List<JsonNode> events = client.eventsOfRoom(room);
            return events.getLast().equals(last);
        });
    }

    @Test
    void a_member_added_later_receives_the_rooms_events_without_reconnecting() {
        var ana = node.newUser("ana");
        var dan = node.newUser("dan");
        var eve = node.newUser("eve");
        String room = ana.createRoom("group", "Later");
        String channel = ana.createRoom("channel", "Open");
        ana.send(room, "before dan");
        var newcomer = sessions.open(dan);
        var joiner = sessions.open(eve);

        ana.api().post("/v1/rooms/" + room + "/members", Map.of("userIds", List.of(dan.id())));
        JsonNode welcome = newcomer.awaitFrame(event("member.added", room));
        String id = ana.send(room, "welcome dan").get("id").asText();
        eve.api().post("/v1/rooms/" + channel + "/members", Map.of("userIds", List.of(eve.id())));
        joiner.awaitFrame(event("member.added", channel));
        ana.send(channel, "welcome eve");
        String later = ana.createRoom("group", "Created with dan", dan);
        ana.send(later, "in the new room");

        assertThat(welcome.get("member").get("userId").asText()).isEqualTo(dan.id());
        assertThat(newcomer.awaitFrame(event("message.new", room)).get("message").get("id").asText()).isEqualTo(id);
        assertThat(newcomer.messageNewSeqs(room)).containsExactly(2L);
        assertThat(joiner.awaitFrame(event("message.new", channel)).get("seq").asLong()).isEqualTo(1);
        newcomer.awaitFrame(event("message.new", later));
        assertThat(newcomer.eventsOfRoom(later).getFirst().get("type").asText()).isEqualTo("room.created");
    }
}
