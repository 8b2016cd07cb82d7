package dev.parley.server.ws;

import static dev.parley.server.ws.WsTestClient.frame;
import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.server.TestNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whatever one client sends, it gets an error or a close, and nobody else notices. */
class WsBadInputTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    private TestNode.User ana;
    private TestNode.User bob;
    private String room;
    private WsTestClient bystander;

    @BeforeEach
    void a_room_with_a_bystander() {
        ana = node.newUser("ana");
        bob = node.newUser("bob");
        room = ana.createRoom("group", "Bad input", bob);
        bystander = sessions.open(bob);
    }

    /** The other sessions still get the room's messages. */
    private void othersKeepWorking() {
        String id = ana.send(room, "still flowing").get("id").asText();
        bystander.awaitFrame(f -> type(f).equals("message.new") && f.get("message").get("id").asText().equals(id));
        bystander.ping();
    }

    /** Sends raw text and returns the error it causes (the first error after it). */
    private static JsonNode errorFor(WsTestClient client, String text) {
        int before = client.received();
        client.sendText(text);
        return client.awaitFrameAfter(before, f -> type(f).equals("error"));
    }

    @Test
    void text_that_is_not_json_gets_malformed_frame_and_the_session_stays_usable() {
        var client = sessions.open(ana);

        JsonNode error = errorFor(client, "this is not json {");

        assertThat(error.get("code").asText()).isEqualTo("malformed_frame");
        assertThat(error.path("detail").asText()).isNotBlank();
        client.ping();
        othersKeepWorking();
    }

    @Test
    void json_that_is_not_an_object_or_has_no_type_gets_malformed_frame() {
        var client = sessions.open(ana);

        for (String text : new String[] {"[1,2,3]", "[{\"type\":\"ping\"}]", "\"ping\"", "42", "null",
                "{\"ref\":\"no-type\"}", "{}"}) {
            assertThat(errorFor(client, text).get("code").asText()).as(text).isEqualTo("malformed_frame");
        }

        client.ping();
        assertThat(client.closed()).isEmpty();
        othersKeepWorking();
    }

    @Test
    void an_object_without_a_type_gets_malformed_frame_echoing_its_ref() {
        var client = sessions.open(ana);

        client.sendText("{\"ref\":\"typeless\",\"roomId\":\"" + room + "\"}");
        JsonNode error = client.awaitFrame(f -> type(f).equals("error"));

        assertThat(error.get("code").asText()).isEqualTo("malformed_frame");
        assertThat(error.path("ref").asText(null)).as("the ref of a parseable object is echoed, as for every error: "
                + error).isEqualTo("typeless");
    }

    @Test
    void a_ref_that_is_not_a_short_string_gets_validation_failed_and_nothing_is_sent() {
        var client = sessions.open(ana);
        int before = client.received();

        client.send(frame("message.send", "roomId", room, "text", "x", "clientId", "long-ref", "ref", "r".repeat(65)));
        client.send(frame("ping", "ref", 42));

        var errors = client.awaitCount(2, f -> type(f).equals("error"));
        assertThat(errors).allSatisfy(e -> assertThat(e.get("code").asText()).isEqualTo("validation_failed"));
        assertThat(client.find(before, f -> type(f).equals("ack"))).isEmpty();
        var history = ana.api().get("/v1/rooms/" + room + "/messages");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).doesNotContain("long-ref");
        othersKeepWorking();
    }

    @Test
    void an_unknown_type_gets_unknown_type_with_the_ref() {
        var client = sessions.open(ana);

        client.send(frame("dance", "ref", "u-1"));
        JsonNode error = client.awaitReply("u-1");

        assertThat(type(error)).isEqualTo("error");
        assertThat(error.get("code").asText()).isEqualTo("unknown_type");
        client.ping();
        othersKeepWorking();
    }

    @Test
    void a_binary_frame_closes_the_session_with_1003_and_other_sessions_keep_working() {
        var client = sessions.open(ana);
        var otherTab = sessions.open(ana);

        client.sendBinary("{\"type\":\"ping\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(client.awaitClosed().code()).isEqualTo(1003);
        otherTab.ping();
        othersKeepWorking();
    }

    @Test
    void a_text_frame_over_64_kib_closes_the_session_with_1009_and_one_of_exactly_64_kib_is_fine() {
        var client = sessions.open(ana);
        var otherTab = sessions.open(ana);

        client.sendText(pingOfSize("exactly-64k", 64 * 1024));
        assertThat(client.awaitReply("exactly-64k").get("type").asText()).isEqualTo("pong");
        client.sendText(pingOfSize("one-byte-more", 64 * 1024 + 1));

        assertThat(client.awaitClosed().code()).isEqualTo(1009);
        assertThat(client.framesOfType("pong")).hasSize(1);
        otherTab.ping();
        othersKeepWorking();
    }

    /** A ping frame of exactly {@code bytes} bytes of UTF-8. */
    private static String pingOfSize(String ref, int bytes) {
        String head = "{\"type\":\"ping\",\"ref\":\"" + ref + "\",\"padding\":\"";
        String tail = "\"}";
        String frame = head + "x".repeat(bytes - head.length() - tail.length()) + tail;
        assertThat(frame.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(bytes);
        return frame;
    }

    @Test
    void message_send_without_a_required_field_gets_validation_failed_with_the_ref_and_stores_nothing() {
        var client = sessions.open(ana);
        Map<String, ObjectNode> frames = Map.of(
                "no-room", frame("message.send", "text", "hi", "clientId", "c-1", "ref", "no-room"),
                "no-text", frame("message.send", "roomId", room, "clientId", "c-2", "ref", "no-text"),
                "no-client-id", frame("message.send", "roomId", room, "text", "hi", "ref", "no-client-id"),
                "empty-text", frame("message.send", "roomId", room, "text", "", "clientId", "c-3", "ref", "empty-text"),
                "text-not-string", frame("message.send", "roomId", room, "text", 42, "clientId", "c-4", "ref",
                        "text-not-string"),
                "too-long", frame("message.send", "roomId", room, "text", "x".repeat(4001), "clientId", "c-5", "ref",
                        "too-long"),
                "long-client-id", frame("message.send", "roomId", room, "text", "hi", "clientId", "c".repeat(65), "ref",
                        "long-client-id"),
                "bad-room-id", frame("message.send", "roomId", "not-a-uuid", "text", "hi", "clientId", "c-6", "ref",
                        "bad-room-id"));

        frames.forEach((ref, sent) -> {
            client.send(sent);
            JsonNode error = client.awaitReply(ref);
            assertThat(type(error)).as(ref).isEqualTo("error");
            assertThat(error.get("code").asText()).as(ref).isEqualTo("validation_failed");
            assertThat(error.path("detail").asText()).as(ref).isNotBlank();
        });

        assertThat(client.framesOfType("ack")).isEmpty();
        assertThat(ana.api().get("/v1/rooms/" + room + "/messages").json().get("items")).isEmpty();
        client.ping();
        othersKeepWorking();
    }

    @Test
    void a_room_you_are_not_in_and_a_room_that_does_not_exist_get_the_same_room_not_found_error() {
        var eve = node.newUser("eve");
        String secret = ana.createRoom("group", "Secret");
        var client = sessions.open(eve);

        JsonNode notMember = client.sendAndAwaitReply(secret, "let me in", "eve-1");
        JsonNode noSuchRoom = client.sendAndAwaitReply(UUID.randomUUID().toString(), "anyone?", "eve-2");

        assertThat(type(notMember)).isEqualTo("error");
        assertThat(notMember.get("code").asText()).isEqualTo("room_not_found");
        assertThat(withoutRef(notMember)).isEqualTo(withoutRef(noSuchRoom));
        assertThat(ana.api().get("/v1/rooms/" + secret + "/messages").json().get("items")).isEmpty();
        client.ping();
        othersKeepWorking();
    }

    private static JsonNode withoutRef(JsonNode frame) {
        ObjectNode copy = frame.deepCopy();
        copy.remove("ref");
        return copy;
    }

    @Test
    void a_typing_flood_from_several_sessions_of_a_user_is_relayed_at_most_once_per_two_seconds() {
        var client = sessions.open(ana);
        var otherTab = sessions.open(ana);
        long started = System.nanoTime();

        while (System.nanoTime() - started < Duration.ofMillis(1200).toNanos()) {
            client.send(frame("typing", "roomId", room));
            otherTab.send(frame("typing", "roomId", room));
            client.ping();
        }
        otherTab.ping();
        bystander.awaitType("typing");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3))
                .until(() -> bystander.framesOfType("typing").size(), n -> n == 1);
        await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(100)).until(() -> {
            client.send(frame("typing", "roomId", room));
            return bystander.framesOfType("typing").size() >= 2;
        });

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1900));
        assertThat(client.framesOfType("error")).isEmpty();
        assertThat(client.closed()).isEmpty();
        othersKeepWorking();
    }

    @Test
    void sync_with_more_than_1000_rooms_gets_validation_failed() {
        var client = sessions.open(ana);
        Map<String, Long> rooms = new HashMap<>();
        rooms.put(room, 0L);
        while (rooms.size() < 1001) {
            rooms.put(UUID.randomUUID().toString(), 0L);
        }

        client.send(frame("sync", "rooms", rooms, "ref", "big-sync"));
        JsonNode error = client.awaitFrame(f -> type(f).equals("error"));

        assertThat(error.get("code").asText()).isEqualTo("validation_failed");
        assertThat(error.path("ref").asText()).isEqualTo("big-sync");
        client.ping();
        assertThat(client.framesOfType("sync.error")).isEmpty();
        assertThat(client.framesOfType("sync.done")).isEmpty();
        othersKeepWorking();
    }

    @Test
    void malformed_sync_read_and_typing_frames_get_errors_and_the_session_stays_usable() {
        var client = sessions.open(ana);
        Map<String, ObjectNode> frames = Map.of(
                "sync-no-rooms", frame("sync", "ref", "sync-no-rooms"),
                "sync-negative", frame("sync", "rooms", Map.of(room, -1), "ref", "sync-negative"),
                "read-no-seq", frame("read", "roomId", room, "ref", "read-no-seq"),
                "read-negative", frame("read", "roomId", room, "seq", -1, "ref", "read-negative"),
                "typing-no-room", frame("typing", "ref", "typing-no-room"));

        frames.forEach((ref, sent) -> {
            client.send(sent);
            JsonNode error = client.awaitReply(ref);
            assertThat(type(error)).as(ref).isEqualTo("error");
            assertThat(error.get("code").asText()).as(ref).isEqualTo("validation_failed");
        });

        client.ping();
        othersKeepWorking();
    }
}
