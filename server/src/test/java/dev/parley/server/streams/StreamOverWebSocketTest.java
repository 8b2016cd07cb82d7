package dev.parley.server.streams;

import static dev.parley.server.ws.WsTestClient.frame;
import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import dev.parley.server.ws.WsSessions;
import dev.parley.server.ws.WsTestClient;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A bot on a WebSocket starts a streamed reply with {@code message.send {streaming: true}}, as over REST. */
class StreamOverWebSocketTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    private static Predicate<JsonNode> about(String frameType, String messageId) {
        return f -> type(f).equals(frameType) && (messageId.equals(f.path("messageId").asText())
                || messageId.equals(f.path("message").path("id").asText()));
    }

    @Test
    void a_bot_starts_a_stream_over_the_socket_and_members_see_it_grow_and_end() {
        var bot = node.newUser("helper", "bot");
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Ask over the socket", bot);
        WsTestClient botSocket = sessions.open(bot);
        WsTestClient anaSocket = sessions.open(ana);

        botSocket.send(frame("message.send", "roomId", room, "text", "", "clientId", "stream-1", "ref", "s1",
                "streaming", true));
        JsonNode ack = botSocket.awaitReply("s1");

        assertThat(type(ack)).as(ack.toString()).isEqualTo("ack");
        String id = ack.path("message").path("id").asText();
        assertThat(ack.path("message").path("streaming").asBoolean()).isTrue();
        assertThat(ack.path("message").path("text").asText()).isEmpty();
        assertThat(anaSocket.awaitFrame(about("message.new", id)).path("message").path("streaming").asBoolean())
                .isTrue();
        String stream = "/v1/rooms/" + room + "/messages/" + id + "/stream";
        assertThat(bot.api().post(stream, Map.of("append", "Thinking it over")).status()).isEqualTo(200);
        assertThat(anaSocket.awaitFrame(about("message.delta", id)).path("append").asText()).isEqualTo("Thinking it over");
        assertThat(bot.api().post(stream, Map.of("append", ": yes.", "final", true)).status()).isEqualTo(200);
        JsonNode updated = anaSocket.awaitFrame(about("message.updated", id));
        assertThat(updated.path("message").path("text").asText()).isEqualTo("Thinking it over: yes.");
        assertThat(updated.path("message").path("streaming").asBoolean()).isFalse();
    }

    @Test
    void a_send_that_is_not_streaming_still_needs_text_and_a_malformed_streaming_flag_is_refused() {
        var ana = node.newUser("ana");
        String room = ana.createRoom("group", "Plain sends");
        WsTestClient socket = sessions.open(ana);

        socket.send(frame("message.send", "roomId", room, "text", "", "clientId", "plain-1", "ref", "p1",
                "streaming", false));
        socket.send(frame("message.send", "roomId", room, "text", "", "clientId", "odd-1", "ref", "p2",
                "streaming", Map.of("on", true)));
        JsonNode empty = socket.awaitReply("p1");
        JsonNode malformed = socket.awaitReply("p2");

        assertThat(type(empty)).isEqualTo("error");
        assertThat(empty.path("code").asText()).isEqualTo("validation_failed");
        assertThat(type(malformed)).isEqualTo("error");
        assertThat(malformed.path("code").asText()).isEqualTo("validation_failed");
        assertThat(malformed.path("detail").asText()).contains("streaming");
        assertThat(ana.api().allMessages(room)).as("nothing was stored").isEmpty();
        socket.send(frame("message.send", "roomId", room, "text", "still here", "clientId", "plain-2", "ref", "p3"));
        assertThat(type(socket.awaitReply("p3"))).as("the session stays open").isEqualTo("ack");
    }
}
