package dev.parley.server.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.server.TestNode;
import dev.parley.server.ws.WsSessions;
import dev.parley.server.ws.WsTestClient;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Socket.IO clients and native WebSocket clients share one room: the same messages, once each, in seq order. */
class SocketIoMixedClientsTest {
    @RegisterExtension
    static final TestNode node = TestNode.onH2();
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    @Test
    void twoSocketIoClientsAndANativeClientSeeEveryMessageOfTheRoomOnceAndInOrder() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cat = node.newUser("cat");
        String room = ana.createRoom("group", "mixed", bob, cat);
        int each = 15;
        try (var anaIo = SocketIoClient.withToken(node.url(), node.token(ana.id()), List.of("websocket"));
                var bobIo = SocketIoClient.connect(node.url(), Map.of("auth", Map.of("token", node.token(bob.id()))))) {
            anaIo.connected();
            bobIo.connected();
            var catWs = sessions.open(cat);
            for (int i = 0; i < each; i++) {
                anaIo.emit("message", false, room, "ana " + i);
                bobIo.emit("message", i % 2 == 0, room, "bob " + i);
                catWs.sendMessage(room, "cat " + i, "cat-" + i);
            }
            long total = 3L * each;
            var seqs = LongStream.rangeClosed(1, total).boxed().toList();
            for (var client : List.of(anaIo, bobIo)) {
                await().atMost(SocketIoClient.TIMEOUT).until(() -> client.events("message").size() >= total);
                assertThat(client.events("message")).extracting(m -> m.path("seq").asLong()).containsExactlyElementsOf(seqs);
            }
            assertThat(catWs.awaitCount((int) total, frame -> "message.new".equals(WsTestClient.type(frame))))
                    .extracting(frame -> frame.path("seq").asLong()).containsExactlyElementsOf(seqs);
            List<String> history = ana.api().allMessages(room).stream().map(m -> m.get("text").asText()).toList();
            assertThat(anaIo.events("message")).extracting(m -> m.path("message").asText())
                    .containsExactlyElementsOf(history);
            assertThat(history).filteredOn(text -> text.startsWith("ana ")).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, each).mapToObj(i -> "ana " + i).toList());
            assertThat(bobIo.seen()).filteredOn(line -> line.path("type").asText().equals("ack")).hasSize((each + 1) / 2);
        }
    }

}
