package dev.parley.server.streams;

import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.ws.WsSessions;
import dev.parley.server.ws.WsTestClient;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bots stream replies over the API: appends, deltas to members, the end, the idle close, the bad paths. */
class StreamApiTest {
    /** Streams idle for 1 s are ended (swept every 250 ms). */
    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withMessages(
            new ParleyConfig.Messages(4000, true, Duration.ofSeconds(1))));
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    private record Chat(TestNode.User bot, TestNode.User ana, String room) {
    }

    private static Chat chat() {
        var bot = node.newUser("helper", "bot");
        var ana = node.newUser("ana");
        return new Chat(bot, ana, ana.createRoom("group", "Ask the bot", bot));
    }

    private static JsonNode startStream(TestNode.User bot, String room, String text) {
        var body = new HashMap<String, Object>(Map.of("clientId", UUID.randomUUID().toString(), "streaming", true));
        if (text != null) {
            body.put("text", text);
        }
        var started = bot.api().post("/v1/rooms/" + room + "/messages", body);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json();
    }

    private static String streamPath(String room, JsonNode message) {
        return "/v1/rooms/" + room + "/messages/" + message.get("id").asText() + "/stream";
    }

    private static JsonNode stored(TestNode.User user, String room, JsonNode message) {
        return user.api().allMessages(room).stream()
                .filter(m -> m.get("id").asText().equals(message.get("id").asText())).findFirst().orElseThrow();
    }

    private static Predicate<JsonNode> about(String frameType, JsonNode message) {
        String id = message.get("id").asText();
        return f -> type(f).equals(frameType) && (id.equals(f.path("messageId").asText())
                || id.equals(f.path("message").path("id").asText()));
    }

    /** The text a client rebuilds from the deltas it got, placing each at its offset. */
    private static String rebuilt(String start, List<JsonNode> deltas) {
        StringBuilder text = new StringBuilder(start);
        deltas.stream().sorted(Comparator.comparingInt(d -> d.get("offset").asInt())).forEach(d -> {
            int offset = d.get("offset").asInt();
            String append = d.get("append").asText();
            if (offset + append.length() > text.length()) {
                text.setLength(Math.min(offset, text.length()));
                text.append(append);
            }
        });
        return text.toString();
    }

    @Test
    void a_bot_streams_a_reply_that_members_see_grow_and_that_ends_with_one_update() {
        var chat = chat();
        WsTestClient ana = sessions.open(chat.ana());
        JsonNode message = startStream(chat.bot(), chat.room(), "");
        assertThat(message.get("streaming").asBoolean()).isTrue();
        assertThat(message.get("text").asText()).isEmpty();
        assertThat(ana.awaitFrame(about("message.new", message)).path("message").path("streaming").asBoolean()).isTrue();

        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            String piece = "part " + i + " ✓ ";
            expected.append(piece);
            var appended = chat.bot().api().post(streamPath(chat.room(), message), Map.of("append", piece));
            assertThat(appended.status()).as(appended.toString()).isEqualTo(200);
            assertThat(appended.json().get("text").asText()).isEqualTo(expected.toString());
        }
        await().atMost(Duration.ofSeconds(10)).until(() ->
                rebuilt("", ana.frames().stream().filter(about("message.delta", message)).toList())
                        .equals(expected.toString()));
        List<JsonNode> deltas = ana.frames().stream().filter(about("message.delta", message)).toList();
        assertThat(deltas).as("coalesced: never more frames than appends").hasSizeLessThanOrEqualTo(30);
        assertThat(deltas).allSatisfy(d -> assertThat(d.get("seq").asLong()).isEqualTo(message.get("seq").asLong()));
        JsonNode soFar = stored(chat.ana(), chat.room(), message);
        assertThat(soFar.get("text").asText()).as("history holds the text so far").isEqualTo(expected.toString());
        assertThat(soFar.get("streaming").asBoolean()).isTrue();

        var ended = chat.bot().api().post(streamPath(chat.room(), message), Map.of("append", "Done.", "final", true));

        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().get("streaming").asBoolean()).isFalse();
        JsonNode updated = ana.awaitFrame(about("message.updated", message));
        assertThat(updated.path("message").path("text").asText()).isEqualTo(expected + "Done.");
        assertThat(updated.path("message").path("streaming").asBoolean()).isFalse();
        assertThat(updated.path("message").has("editedAt")).as("a finished stream is no edit").isFalse();
        ana.ping();
        assertThat(ana.frames().stream().filter(about("message.updated", message))).hasSize(1);
        assertThat(stored(chat.ana(), chat.room(), message).get("streaming").asBoolean()).isFalse();
    }

    @Test
    void appends_after_final_are_refused_and_change_nothing() {
        var chat = chat();
        JsonNode message = startStream(chat.bot(), chat.room(), "Hello");
        assertThat(chat.bot().api().post(streamPath(chat.room(), message), Map.of("final", true)).status())
                .isEqualTo(200);

        var late = chat.bot().api().post(streamPath(chat.room(), message), Map.of("append", " again"));
        var lateFinal = chat.bot().api().post(streamPath(chat.room(), message), Map.of("final", true));

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("stream_ended");
        assertThat(late.json().get("detail").asText()).contains("not streaming");
        assertThat(lateFinal.code()).isEqualTo("stream_ended");
        assertThat(stored(chat.ana(), chat.room(), message).get("text").asText()).isEqualTo("Hello");
    }

    @Test
    void only_the_author_may_append_to_a_streaming_message() {
        var chat = chat();
        JsonNode message = startStream(chat.bot(), chat.room(), "Mine");

        var intruder = chat.ana().api().post(streamPath(chat.room(), message), Map.of("append", " hijacked"));

        assertThat(intruder.status()).isEqualTo(403);
        assertThat(intruder.code()).isEqualTo("forbidden");
        assertThat(intruder.json().get("detail").asText()).contains("only the author");
        assertThat(stored(chat.ana(), chat.room(), message).get("text").asText()).isEqualTo("Mine");
    }

    @Test
    void a_bot_that_left_the_room_cannot_stream_into_it() {
        var chat = chat();
        JsonNode message = startStream(chat.bot(), chat.room(), "Before leaving");
        var left = chat.bot().api().delete("/v1/rooms/" + chat.room() + "/members/" + chat.bot().id());
        assertThat(left.status()).as(left.toString()).isBetween(200, 204);

        var append = chat.bot().api().post(streamPath(chat.room(), message), Map.of("append", " after"));

        assertThat(append.status()).as(append.toString()).isIn(403, 404);
        assertThat(stored(chat.ana(), chat.room(), message).get("text").asText()).isEqualTo("Before leaving");
    }

    @Test
    void a_stream_never_finalised_is_ended_after_the_idle_time() {
        var chat = chat();
        WsTestClient ana = sessions.open(chat.ana());
        JsonNode message = startStream(chat.bot(), chat.room(), "I will never finish");

        JsonNode updated = ana.awaitFrame(about("message.updated", message));

        assertThat(updated.path("message").path("streaming").asBoolean()).isFalse();
        assertThat(updated.path("message").path("text").asText()).isEqualTo("I will never finish");
        assertThat(stored(chat.ana(), chat.room(), message).get("streaming").asBoolean()).isFalse();
        var late = chat.bot().api().post(streamPath(chat.room(), message), Map.of("append", "…"));
        assertThat(late.code()).isEqualTo("stream_ended");
    }

    @Test
    void bad_appends_are_refused_in_plain_words() {
        var chat = chat();
        JsonNode message = startStream(chat.bot(), chat.room(), null);
        JsonNode ordinary = chat.ana().send(chat.room(), "just text");
        String path = streamPath(chat.room(), message);

        var empty = chat.bot().api().post(path, Map.of("append", ""));
        var notText = chat.bot().api().post(path, Map.of("append", 42));
        var control = chat.bot().api().post(path, Map.of("append", "bell\u0007"));
        var tooLong = chat.bot().api().post(path, Map.of("append", "x".repeat(4001)));
        var unknown = chat.bot().api().post("/v1/rooms/" + chat.room() + "/messages/" + UUID.randomUUID() + "/stream",
                Map.of("append", "x"));
        var notUuid = chat.bot().api().post("/v1/rooms/" + chat.room() + "/messages/nope/stream", Map.of("append", "x"));
        var notStreaming = chat.ana().api().post(streamPath(chat.room(), ordinary), Map.of("append", "x"));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("detail").asText()).contains("append is required");
        assertThat(notText.status()).isEqualTo(400);
        assertThat(control.json().get("detail").asText()).contains("control characters");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("message_not_found");
        assertThat(notUuid.status()).isEqualTo(400);
        assertThat(notStreaming.code()).isEqualTo("stream_ended");
        assertThat(stored(chat.ana(), chat.room(), message).get("text").asText()).isEmpty();
        assertThat(stored(chat.ana(), chat.room(), ordinary).get("text").asText()).isEqualTo("just text");
        assertThat(stored(chat.ana(), chat.room(), ordinary).has("streaming")).isFalse();
    }

    @Test
    void the_streamed_text_may_not_grow_past_the_longest_message() {
        var chat = chat();
        JsonNode message = startStream(chat.bot(), chat.room(), "x".repeat(3990));

        var over = chat.bot().api().post(streamPath(chat.room(), message), Map.of("append", "y".repeat(11)));

        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().get("detail").asText()).contains("at most 4000");
        assertThat(stored(chat.ana(), chat.room(), message).get("text").asText()).hasSize(3990);
    }

    @Test
    void a_late_joiner_and_a_resyncing_session_get_the_text_so_far() {
        var chat = chat();
        JsonNode message = startStream(chat.bot(), chat.room(), "Once ");
        chat.bot().api().post(streamPath(chat.room(), message), Map.of("append", "upon a time"));
        var cid = node.newUser("cid");
        assertThat(chat.ana().api().post("/v1/rooms/" + chat.room() + "/members",
                Map.of("userIds", List.of(cid.id()))).status()).isBetween(200, 201);

        JsonNode seen = stored(cid, chat.room(), message);
        WsTestClient resync = sessions.open(cid);
        resync.send(WsTestClient.frame("sync", "rooms", Map.of(chat.room(), 0)));
        JsonNode replayed = resync.awaitFrame(about("message.new", message));

        assertThat(seen.get("text").asText()).isEqualTo("Once upon a time");
        assertThat(seen.get("streaming").asBoolean()).isTrue();
        assertThat(replayed.path("message").path("text").asText()).isEqualTo("Once upon a time");
        assertThat(replayed.path("message").path("streaming").asBoolean()).isTrue();
    }

    @Test
    void a_member_asks_the_bot_to_stop_and_the_bots_sessions_hear_it() {
        var chat = chat();
        WsTestClient bot = sessions.open(chat.bot());
        JsonNode message = startStream(chat.bot(), chat.room(), "Counting: 1 2 3");
        String stop = "/v1/rooms/" + chat.room() + "/messages/" + message.get("id").asText() + "/stop";

        var asked = chat.ana().api().post(stop, Map.of());

        assertThat(asked.status()).as(asked.toString()).isEqualTo(204);
        JsonNode heard = bot.awaitFrame(about("message.stop_requested", message));
        assertThat(heard.get("authorId").asText()).isEqualTo(chat.bot().id());
        assertThat(heard.get("userId").asText()).isEqualTo(chat.ana().id());
        assertThat(heard.get("seq").asLong()).isEqualTo(message.get("seq").asLong());
        assertThat(stored(chat.ana(), chat.room(), message).get("streaming").asBoolean())
                .as("the bot ends it, not the server").isTrue();

        chat.bot().api().post(streamPath(chat.room(), message), Map.of("final", true));
        var tooLate = chat.ana().api().post(stop, Map.of());
        var stranger = node.newUser("stranger").api().post(stop, Map.of());
        assertThat(tooLate.code()).isEqualTo("stream_ended");
        assertThat(stranger.status()).as("a non-member learns nothing of the room").isEqualTo(404);
    }

    @Test
    void a_bot_says_it_is_thinking_over_rest_and_members_see_its_card_as_a_bot() {
        var chat = chat();
        WsTestClient ana = sessions.open(chat.ana());

        var typing = chat.bot().api().post("/v1/rooms/" + chat.room() + "/typing", Map.of());

        assertThat(typing.status()).isEqualTo(204);
        JsonNode event = ana.awaitFrame(f -> type(f).equals("typing") && f.path("roomId").asText().equals(chat.room()));
        assertThat(event.get("userId").asText()).isEqualTo(chat.bot().id());
        JsonNode members = chat.ana().api().get("/v1/rooms/" + chat.room() + "/members").json().get("items");
        for (JsonNode member : members) {
            boolean isBot = member.get("userId").asText().equals(chat.bot().id());
            assertThat(member.path("user").path("bot").asBoolean()).isEqualTo(isBot);
            assertThat(member.path("user").has("bot")).isEqualTo(isBot);
        }
        var stranger = node.newUser("stranger").api().post("/v1/rooms/" + chat.room() + "/typing", Map.of());
        assertThat(stranger.status()).isEqualTo(404);
    }
}
