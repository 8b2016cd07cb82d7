package dev.parley.server.socketio;

import dev.parley.server.config.ParleyConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.server.TestNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A Socket.IO client that stops reading is bounded like a native one: its outbox fills, and it is disconnected. */
class SocketIoSlowConsumerTest {
    static final int OUTBOX = 8;

    @RegisterExtension
    static final TestNode node = TestNode.onH2(new ParleyConfig.SocketIo(true, Duration.ofSeconds(25), Duration.ofSeconds(20),
            100_000, Duration.ofSeconds(45), OUTBOX));

    @Test
    void aPollingClientThatStopsPollingWhileItsRoomIsBusyIsDisconnectedAndHoldsNothingMore() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        String room = ana.createRoom("group", "busy", bob);
        var raw = new RawEngineClient(node.url());
        String sid = raw.handshake();
        raw.post(sid, "40/chat,{\"token\":\"" + node.token(bob.id()) + "\"}");
        assertThat(raw.poll(sid).body()).startsWith("40/chat,");
        for (int i = 0; i < 4 * OUTBOX; i++) {
            ana.send(room, "flood " + i);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            var reply = raw.poll(sid);
            return reply.status() == 400 || reply.body().endsWith("\u001e1") || reply.body().equals("1");
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> raw.poll(sid).status() == 400);
        assertThat(raw.poll(sid).json().get("code").asInt()).isEqualTo(1);
    }
}
