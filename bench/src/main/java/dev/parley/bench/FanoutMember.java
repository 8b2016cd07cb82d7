package dev.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One room member's session in {@code fanout}, and what it received. When the server closes
 * the session (4408 slow consumer, 1012, a broken connection, any code) while the run is on, it
 * reconnects like a real client: {@code auth} carrying a sync from the highest seq it holds
 * without a gap; a {@code sync.gap} is filled by paging history over REST. A session silent for
 * 10 s despite a ping is dropped and reconnected the same way (counted as 1006). Messages a
 * reconnect replays are not counted as duplicates or disorder; what never arrives is loss.
 */
final class FanoutMember {
    /** Where received frames go: the scenario's latency and ack bookkeeping. */
    interface Listener {
        void onAck(FanoutMember member, String frame, long nowNanos);

        void onDelivered(FanoutMember member, String frame, long nowNanos);

        void onError(String frame);
    }

    /** A reconnect that hangs (a node going down may still accept) is dropped and tried again. */
    private static final java.time.Duration RECONNECT_TIMEOUT = java.time.Duration.ofSeconds(5);
    private static final java.time.Duration PING_AFTER = java.time.Duration.ofSeconds(3);
    private static final java.time.Duration DEAD_AFTER = java.time.Duration.ofSeconds(10);
    final String roomId;
    private final String node;
    private final String token;
    private final HttpClient client;
    private final Listener listener;
    private final SeqTally tally = new SeqTally();
    private final Map<Integer, Long> closes = new ConcurrentHashMap<>();
    private boolean replaying;
    private volatile BenchSocket socket;
    private volatile long lastFrameNanos = System.nanoTime();
    private volatile boolean reconnecting = true;

    /** The node this member's session is on. */
    String node() {
        return node;
    }

    FanoutMember(String roomId, String node, String token, HttpClient client, Listener listener) {
        this.roomId = roomId;
        this.node = node;
        this.token = token;
        this.client = client;
        this.listener = listener;
    }

    void connect() throws Exception {
        attach(BenchSocket.open(client, node, token, this::onFrame));
    }

    void send(String frame) {
        socket.send(frame);
    }

    /** Ends the session; no reconnect afterwards. */
    void close() {
        reconnecting = false;
        socket.close();
    }

    private void attach(BenchSocket opened) {
        lastFrameNanos = System.nanoTime();
        socket = opened;
        opened.closed().thenAccept(code -> {
            if (reconnecting) { // the server closed it (even with 1000, e.g. while stopping): a real client comes back
                closes.merge(code, 1L, Long::sum);
                Thread.ofVirtual().start(this::reconnect);
            }
        });
    }

    private void reconnect() {
        for (int attempt = 0; reconnecting; attempt++) {
            try {
                // docs/ws-protocol.md: wait 1 s, 2 s, 4 s … with jitter (capped at 8 s here to keep runs short)
                Thread.sleep((1_000L << Math.min(attempt, 3)) + java.util.concurrent.ThreadLocalRandom.current()
                        .nextLong(250));
                long held;
                synchronized (this) {
                    held = tally.heldWithoutGap();
                    replaying = true;
                }
                attach(BenchSocket.openWith(client, node,
                        BenchSocket.authFrame(token, "{\"" + roomId + "\":" + held + "}"), this::onFrame,
                        RECONNECT_TIMEOUT));
                return;
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // the server may still be overloaded: try again after a longer pause
            }
        }
    }

    /**
     * A client's heartbeat: after {@link #PING_AFTER} without a frame, ping; after
     * {@link #DEAD_AFTER}, drop the connection and reconnect (a socket to a node that went away
     * without closing it would otherwise hang forever). Called about once a second.
     */
    void checkAlive(long now) {
        BenchSocket current = socket;
        if (!reconnecting || current == null || current.closedWith() != 0) {
            return;
        }
        long silent = now - lastFrameNanos;
        if (silent > DEAD_AFTER.toNanos()) {
            lastFrameNanos = now;
            current.abort();
        } else if (silent > PING_AFTER.toNanos()) {
            current.ping();
        }
    }

    private void onFrame(String frame) {
        long now = System.nanoTime();
        lastFrameNanos = now;
        switch (FrameText.type(frame)) {
            case "message.new" -> {
                if (received(FrameText.number(frame, "seq"))) {
                    listener.onDelivered(this, frame, now);
                }
            }
            case "ack" -> listener.onAck(this, frame, now);
            case "sync.done" -> {
                synchronized (this) {
                    replaying = false;
                }
            }
            case "sync.gap" -> Thread.ofVirtual().start(() -> fillGap(FrameText.number(frame, "fromSeq"),
                    FrameText.number(frame, "toSeq")));
            case "error", "sync.error" -> listener.onError(frame);
            default -> {
            }
        }
    }

    /** Records a delivered seq; true when it is new. */
    private synchronized boolean received(long seq) {
        return tally.received(seq, replaying);
    }

    private void fillGap(long fromSeq, long toSeq) {
        var http = new ParleyHttp(node);
        try {
            for (long after = fromSeq - 1; after < toSeq; ) {
                JsonNode page = http.expect(200, "GET", "/v1/rooms/" + roomId + "/messages?limit=200&after=" + after,
                        token, null);
                if (page.path("items").isEmpty()) {
                    return;
                }
                for (JsonNode item : page.path("items")) {
                    after = item.path("seq").asLong();
                    tally.mark(after);
                }
            }
        } catch (Exception e) {
            listener.onError("gap fill failed: " + e);
        }
    }

    /** Seqs 1..{@code lastSeq} this member does not hold. */
    long missing(long roomLastSeq) {
        return tally.missing(roomLastSeq);
    }

    /** For the report: up to 5 seqs ≤ {@code roomLastSeq} this member lacks. */
    List<Long> someMissing(long roomLastSeq) {
        return tally.someMissing(roomLastSeq);
    }

    long duplicates() {
        return tally.duplicates();
    }

    long outOfOrder() {
        return tally.outOfOrder();
    }

    /** Close codes the server ended this member's sessions with (code → count). */
    Map<Integer, Long> closes() {
        return closes;
    }
}
