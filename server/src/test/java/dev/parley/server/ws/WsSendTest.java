package dev.parley.server.ws;

import static dev.parley.server.ws.WsTestClient.frame;
import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code message.send} over the socket: the same rules as REST, acknowledged after commit. */
class WsSendTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    static List<JsonNode> history(TestNode.User viewer, String room) {
        JsonNode page = viewer.api().get("/v1/rooms/" + room + "/messages?limit=200").json();
        return StreamSupport.stream(page.get("items").spliterator(), false).toList();
    }

    @Test
    void a_sent_message_is_acknowledged_with_the_stored_message() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Acks");
        var client = sessions.open(ana);

        client.send(frame("message.send", "roomId", room, "text", "hello socket", "clientId", "ws-1", "ref", "r1"));
        JsonNode ack = client.awaitReply("r1");

        assertThat(type(ack)).as(ack.toString()).isEqualTo("ack");
        JsonNode message = ack.get("message");
        assertThat(message.get("seq").asLong()).isEqualTo(1);
        assertThat(message.get("roomId").asText()).isEqualTo(room);
        assertThat(message.get("userId").asText()).isEqualTo(ana.id());
        assertThat(message.get("text").asText()).isEqualTo("hello socket");
        assertThat(message.get("clientId").asText()).isEqualTo("ws-1");
        assertThat(message.get("id").asText()).isNotBlank();
        assertThat(history(ana, room)).containsExactly(message);
    }

    @Test
    void replies_and_attachments_sent_over_the_socket_are_stored_as_over_rest() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Rich");
        String parent = ana.send(room, "question").get("id").asText();
        var client = sessions.open(ana);
        var attachment = Map.of("type", "file", "url", "https://files.example/a.pdf", "name", "a.pdf",
                "mimeType", "application/pdf", "size", 1234);

        client.send(frame("message.send", "roomId", room, "text", "answer", "clientId", "rich-1", "ref", "rich",
                "parentId", parent, "attachments", List.of(attachment)));
        JsonNode ack = client.awaitReply("rich");

        assertThat(type(ack)).as(ack.toString()).isEqualTo("ack");
        assertThat(ack.get("message").get("parentId").asText()).isEqualTo(parent);
        assertThat(ack.get("message").get("attachments").get(0).get("url").asText())
                .isEqualTo("https://files.example/a.pdf");
        assertThat(history(ana, room).get(1)).isEqualTo(ack.get("message"));
    }

    @Test
    void the_sending_session_gets_each_ack_before_the_message_new_for_it() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Order", bob);
        var client = sessions.open(ana);
        var otherTab = sessions.open(ana);
        var refs = new ArrayList<String>();

        for (int i = 0; i < 30; i++) {
            refs.add(client.sendMessage(room, "m" + i, "order-" + i));
        }
        client.awaitCount(30, f -> type(f).equals("message.new"));

        List<JsonNode> frames = client.frames();
        for (String ref : refs) {
            JsonNode ack = client.awaitReply(ref);
            assertThat(type(ack)).isEqualTo("ack");
            String id = ack.get("message").get("id").asText();
            int ackAt = frames.indexOf(ack);
            int eventAt = indexOf(frames, f -> type(f).equals("message.new") && f.get("message").get("id").asText().equals(id));
            assertThat(ackAt).as("ack of %s before its message.new", ref).isLessThan(eventAt);
            assertThat(frames.get(eventAt).get("message")).isEqualTo(ack.get("message"));
        }
        assertThat(client.messageNewSeqs(room)).isEqualTo(java.util.stream.LongStream.rangeClosed(1, 30).boxed().toList());
        assertThat(otherTab.awaitCount(30, f -> type(f).equals("message.new"))).hasSize(30);
        assertThat(otherTab.framesOfType("ack")).isEmpty();
    }

    private static int indexOf(List<JsonNode> frames, java.util.function.Predicate<JsonNode> matches) {
        for (int i = 0; i < frames.size(); i++) {
            if (matches.test(frames.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such frame");
    }

    @Test
    void a_retried_client_id_over_the_socket_is_acknowledged_with_the_original_and_stores_nothing_new() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "Retry", bob);
        var client = sessions.open(ana);
        var watcher = sessions.open(bob);

        JsonNode first = client.sendAndAwaitReply(room, "once", "retry-1");
        client.disconnect();
        var reconnected = sessions.open(ana);
        JsonNode retry = reconnected.sendAndAwaitReply(room, "once, again", "retry-1");
        JsonNode next = reconnected.sendAndAwaitReply(room, "next", "retry-2");

        assertThat(type(first)).isEqualTo("ack");
        assertThat(type(retry)).as(retry.toString()).isEqualTo("ack");
        assertThat(retry.get("message")).isEqualTo(first.get("message"));
        assertThat(next.get("message").get("seq").asLong()).isEqualTo(2);
        assertThat(history(ana, room)).extracting(m -> m.get("id").asText())
                .containsExactly(first.get("message").get("id").asText(), next.get("message").get("id").asText());
        watcher.awaitFrame(f -> type(f).equals("message.new") && f.get("seq").asLong() == 2);
        assertThat(watcher.messageNewSeqs(room)).containsExactly(1L, 2L);
        assertThat(reconnected.messageNewSeqs(room)).doesNotContain(1L);
    }

    @Test
    void a_client_id_sent_over_rest_and_retried_over_the_socket_returns_the_same_message() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "REST then socket");
        var client = sessions.open(ana);

        var overRest = ana.api().post("/v1/rooms/" + room + "/messages", Map.of("text", "via rest", "clientId", "mixed-1"));
        JsonNode overSocket = client.sendAndAwaitReply(room, "via socket", "mixed-1");

        assertThat(overRest.status()).isEqualTo(201);
        assertThat(type(overSocket)).as(overSocket.toString()).isEqualTo("ack");
        assertThat(overSocket.get("message")).isEqualTo(overRest.json());
        assertThat(history(ana, room)).hasSize(1);
    }

    @Test
    void a_client_id_sent_over_the_socket_and_retried_over_rest_returns_the_same_message() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Socket then REST");
        var client = sessions.open(ana);

        JsonNode overSocket = client.sendAndAwaitReply(room, "via socket", "mixed-2");
        var overRest = ana.api().post("/v1/rooms/" + room + "/messages", Map.of("text", "via rest", "clientId", "mixed-2"));

        assertThat(type(overSocket)).isEqualTo("ack");
        assertThat(overRest.status()).isEqualTo(200);
        assertThat(overRest.json()).isEqualTo(overSocket.get("message"));
        assertThat(history(ana, room)).hasSize(1);
    }

    @Test
    void send_errors_are_the_rest_errors_with_the_ref() {
        var ana = node.newUser("ana");
        var eve = node.newUser("eve");
        String room = ana.createRoom("group", "Mine");
        String other = ana.createRoom("group", "Also mine");
        String channel = ana.createRoom("channel", "Public");
        var client = sessions.open(ana);
        var outsider = sessions.open(eve);
        client.sendAndAwaitReply(room, "first", "taken");

        JsonNode reused = client.sendAndAwaitReply(other, "elsewhere", "taken");
        JsonNode notMember = outsider.sendAndAwaitReply(channel, "may I?", "eve-1");
        JsonNode tooLong = client.sendAndAwaitReply(room, "x".repeat(4001), "long-1");
        client.send(frame("message.send", "roomId", room, "text", "reply", "clientId", "orphan-1", "ref", "orphan",
                "parentId", java.util.UUID.randomUUID().toString()));
        JsonNode badParent = client.awaitReply("orphan");

        assertThat(List.of(reused, notMember, tooLong, badParent)).extracting(WsTestClient::type).containsOnly("error");
        assertThat(reused.get("code").asText()).isEqualTo("client_id_reused");
        assertThat(notMember.get("code").asText()).isEqualTo("forbidden");
        assertThat(tooLong.get("code").asText()).isEqualTo("validation_failed");
        assertThat(badParent.get("code").asText()).isEqualTo("message_not_found");
        assertThat(history(ana, other)).isEmpty();
        assertThat(history(ana, channel)).isEmpty();
        assertThat(history(ana, room)).hasSize(1);
    }
}
