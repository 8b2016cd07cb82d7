package dev.parley.bench;

import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One {@code churn} iteration, as a client opening the app: connect, authenticate, {@code sync}
 * one room from {@code fromSeq}, fetch the room's first history page over REST, close. Throws
 * when any step fails or the replay was not exactly the messages above {@code fromSeq}.
 */
final class ChurnCycle {
    private final AtomicLong replayed = new AtomicLong();
    private final CompletableFuture<Void> syncDone = new CompletableFuture<>();

    static void run(HttpClient client, ParleyHttp http, String url, String token, String roomId, long fromSeq,
            long lastSeq) throws Exception {
        new ChurnCycle().cycle(client, http, url, token, roomId, fromSeq, lastSeq);
    }

    private void cycle(HttpClient client, ParleyHttp http, String url, String token, String roomId, long fromSeq,
            long lastSeq) throws Exception {
        BenchSocket socket = BenchSocket.open(client, url, token, this::onFrame);
        try {
            socket.send("{\"type\":\"sync\",\"rooms\":{\"" + roomId + "\":" + fromSeq + "}}");
            syncDone.get(30, TimeUnit.SECONDS);
            if (replayed.get() < lastSeq - fromSeq) {
                throw new IllegalStateException("sync from " + fromSeq + " replayed " + replayed.get()
                        + " messages, expected " + (lastSeq - fromSeq));
            }
            var page = http.call("GET", "/v1/rooms/" + roomId + "/messages?limit=50", token, null);
            if (page.status() != 200 || page.body().path("items").isEmpty()) {
                throw new IllegalStateException("first page: " + page.status() + " " + page.body());
            }
        } finally {
            socket.close();
        }
    }

    private void onFrame(String frame) {
        switch (FrameText.type(frame)) {
            case "message.new" -> replayed.incrementAndGet();
            case "sync.done" -> syncDone.complete(null);
            case "sync.error", "sync.gap", "error" -> syncDone.completeExceptionally(new IllegalStateException(frame));
            default -> {
            }
        }
    }
}
