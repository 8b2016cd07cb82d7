package dev.parley.server.ws;

import static dev.parley.server.ws.WsTestClient.type;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The scenario the reconnect tests share: one user sends {@code total} messages to a room while
 * the other user watches on two sessions; one of them drops after at least 40 messages, and the
 * sender holds the 61st until it has. A test then brings the dropped client back its own way,
 * calls {@link #finish} and compares what it holds with the {@link #steady} session's view.
 */
final class DroppedStream {
    final String room;
    final WsTestClient steady;
    /** The {@code message.new} frames the dropped session had received. */
    final List<JsonNode> beforeDrop;
    /** The last seq the dropped session holds. */
    final long held;
    final int total;
    private final CompletableFuture<Void> sending;

    private DroppedStream(String room, WsTestClient steady, List<JsonNode> beforeDrop, int total,
            CompletableFuture<Void> sending) {
        this.room = room;
        this.steady = steady;
        this.beforeDrop = beforeDrop;
        this.held = beforeDrop.getLast().get("seq").asLong();
        this.total = total;
        this.sending = sending;
    }

    /** Starts the stream from {@code sender} to {@code receiver} and returns once the drop happened. */
    static DroppedStream start(WsSessions sessions, TestNode.User sender, TestNode.User receiver, String roomName,
            int total) {
        String room = sender.createRoom("group", roomName, receiver);
        var steady = sessions.open(receiver);
        var flaky = sessions.open(receiver);
        var dropped = new CountDownLatch(1);
        var sending = CompletableFuture.runAsync(() -> {
            for (int i = 1; i <= total; i++) {
                if (i == 61) {
                    awaitQuietly(dropped);
                }
                sender.send(room, "m" + i);
            }
        });
        flaky.awaitCount(40, f -> type(f).equals("message.new"));
        flaky.disconnect();
        dropped.countDown();
        var stream = new DroppedStream(room, steady, flaky.messageNews(room), total, sending);
        steady.awaitCount((int) stream.held + 30, f -> type(f).equals("message.new"));
        return stream;
    }

    /** Waits until every message was sent and both the steady and the returned session have the last one. */
    void finish(WsTestClient back) {
        sending.join();
        steady.awaitCount(total, f -> type(f).equals("message.new"));
        back.awaitFrame(f -> type(f).equals("message.new") && f.get("seq").asLong() == total);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
