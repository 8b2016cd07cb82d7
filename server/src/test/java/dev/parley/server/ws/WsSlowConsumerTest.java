package dev.parley.server.ws;

import static dev.parley.server.ws.WsTestClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A client that stops reading is cut off (4408) instead of holding anyone else up. */
class WsSlowConsumerTest {
    private static final int OUTBOX = 1024;
    @RegisterExtension
    static final TestNode node = TestNode.onH2(config -> config.withWs(new ParleyConfig.WebSocket(OUTBOX, 1000, 60)));
    @RegisterExtension
    final WsSessions sessions = new WsSessions(node);

    /**
     * Enough 12 KB frames to fill the loopback TCP buffers (a few MB) and then an outbox of
     * {@value #OUTBOX} frames (set here: the default is larger) with room to spare.
     */
    private static final int MESSAGES = 2400;
    private static final String BULK = "中".repeat(3990);

    @Test
    void a_stalled_reader_is_closed_with_4408_while_the_other_sessions_receive_everything() {
        var ana = node.newUser("ana");
        var bob = node.newUser("bob");
        var cid = node.newUser("cid");
        String room = ana.createRoom("group", "Firehose", bob, cid);
        var stalled = sessions.open(bob);
        stalled.ping();
        stalled.stall();
        var bobsOtherTab = sessions.open(bob);
        var cids = sessions.open(cid);
        var sender = sessions.open(ana);

        sender.sendMany(room, MESSAGES, i -> i + " " + BULK, Duration.ofSeconds(90));

        Predicate<JsonNode> news = f -> type(f).equals("message.new") && f.path("roomId").asText().equals(room);
        List<Long> every = LongStream.rangeClosed(1, MESSAGES).boxed().toList();
        for (var healthy : List.of(bobsOtherTab, cids, sender)) {
            healthy.awaitCount(MESSAGES, news, Duration.ofSeconds(60));
            assertThat(healthy.messageNewSeqs(room)).isEqualTo(every);
            assertThat(healthy.closed()).isEmpty();
        }
        stalled.resume();
        var closed = stalled.awaitClosed(Duration.ofSeconds(20));

        assertThat(closed.code()).as(closed + " after " + stalled.messageNewSeqs(room).size() + " messages")
                .isEqualTo(4408);
        List<Long> got = stalled.messageNewSeqs(room);
        assertThat(got).as("what the slow session got before the cut is a prefix, in order")
                .isEqualTo(LongStream.rangeClosed(1, got.size()).boxed().toList());
        assertThat(got).hasSizeLessThan(MESSAGES);
        bobsOtherTab.ping();
        var back = sessions.open(bob);
        back.ping();
    }
}
