package dev.parley.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.bench.BenchSocket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One user's WebSocket session through the chaos: connects to a node (through that node's
 * client proxy), and after every drop reconnects — to a node picked at random — with a
 * {@code sync} of what its {@link ClientView} holds in the {@code auth} frame, then re-sends every
 * send not yet acknowledged with its original {@code clientId}, as docs/ws-protocol.md tells
 * client authors. With {@code repair} off (the checker's own test) it reconnects without a
 * {@code sync} and ignores the holes it notices: the checker must then report the loss.
 */
final class ChaosClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(15);
    private static final long RESEND_AFTER_MS = 5_000;
    final String userId;
    final String token;
    final ClientView view;
    private final ChaosCluster cluster;
    private final Ledger ledger;
    private final boolean repair;
    private final Random random;
    private final HttpClient wsHttp = HttpClient.newHttpClient();
    private final Map<String, PendingSend> unacked = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private volatile BenchSocket socket;
    private volatile int node;
    private volatile boolean live;
    private volatile boolean running = true;
    private volatile Thread connector;

    /** A send the server has not acknowledged yet, and when it was last sent. */
    private record PendingSend(String clientId, String roomId, String text, long attemptedAt, long sentAt) {
    }

    ChaosClient(String userId, String token, ChaosCluster cluster, Ledger ledger, boolean repair, long seed,
            int firstNode) {
        this.userId = userId;
        this.token = token;
        this.view = new ClientView(userId);
        this.cluster = cluster;
        this.ledger = ledger;
        this.repair = repair;
        this.random = new Random(seed);
        this.node = firstNode;
    }

    void start() {
        connector = Thread.ofVirtual().name("chaos-" + userId).start(this::connectLoop);
    }

    /** Connected, and (with repair on) caught up by the reconnect's sync. */
    boolean live() {
        return live;
    }

    /** Live with every send acknowledged: nothing of this client is in flight. */
    boolean settled() {
        return live && unacked.isEmpty();
    }

    /** Why this client is not settled ("" when it is), for the run's log. */
    String unsettled() {
        return settled() ? "" : userId + (live ? "" : " offline") + (unacked.isEmpty() ? "" : " " + unacked.size()
                + " unacked");
    }

    /** The URL of the node this client talks to now (through its proxy). */
    String nodeUrl() {
        return cluster.clientUrl(node);
    }

    private void connectLoop() {
        while (running) {
            try {
                String auth = "{\"type\":\"auth\",\"token\":\"" + token + "\""
                        + (repair ? "," + view.syncFields() : "") + "}";
                socket = BenchSocket.openWith(wsHttp, nodeUrl(), auth, this::onFrame, OPEN_TIMEOUT);
                if (!repair) {
                    live = true;
                }
                socket.closed().get();
            } catch (InterruptedException e) {
                return;
            } catch (Exception dropped) {
                // the node is down, frozen or cut: try again, perhaps elsewhere
            }
            live = false;
            if (running) {
                try {
                    Thread.sleep(200 + random.nextInt(800));
                } catch (InterruptedException e) {
                    return;
                }
                node = random.nextInt(cluster.nodes().size());
            }
        }
    }

    private void onFrame(String text) {
        JsonNode frame;
        try {
            frame = JSON.readTree(text);
        } catch (java.io.IOException e) {
            return;
        }
        String type = frame.path("type").asText();
        if (type.equals("ack") && frame.has("message")) {
            acknowledged(frame.at("/message/clientId").asText(), frame.at("/message/id").asText());
        } else if (type.equals("ack") && frame.has("read")) {
            RoomView room = view.room(frame.at("/read/roomId").asText());
            if (room != null) {
                synchronized (view) {
                    room.mark = Math.max(room.mark, frame.at("/read/lastReadSeq").asLong());
                }
            }
        } else if (type.equals("error") && frame.path("ref").asText().startsWith("s:")) {
            refused(frame.path("ref").asText().substring(2), frame.path("code").asText());
        }
        String repairFrame = view.apply(frame, repair);
        if (repairFrame != null) {
            send(repairFrame);
        }
        if (type.equals("sync.done")) {
            live = true;
            Thread.ofVirtual().start(this::afterSync);
        }
    }

    private void afterSync() {
        unacked.values().forEach(p -> resend(p));
        refreshReadMarks();
    }

    /** Read marks are not in the change log: after a reconnect a client reads them again over REST. */
    private void refreshReadMarks() {
        ClientRest.Answer rooms = rest().call("GET", "/v1/rooms?limit=100", null);
        if (rooms.status() == 200) {
            synchronized (view) {
                for (JsonNode room : rooms.body().path("items")) {
                    RoomView held = view.room(room.path("id").asText());
                    if (held != null) {
                        held.mark = Math.max(held.mark, room.path("lastReadSeq").asLong());
                    }
                }
            }
        }
    }

    private void acknowledged(String clientId, String messageId) {
        PendingSend pending = unacked.remove(clientId);
        if (pending != null) {
            ledger.record("send:" + clientId, messageId, pending.roomId(), pending.attemptedAt(),
                    Ledger.Outcome.ACKED);
        }
    }

    private void refused(String clientId, String code) {
        if (code.equals("unavailable")) {
            // Nothing stored: sent again in a second, with the same clientId.
            PendingSend pending = unacked.get(clientId);
            if (pending != null) {
                Thread.ofVirtual().start(() -> {
                    try {
                        Thread.sleep(1_000);
                        resend(pending);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            return;
        }
        PendingSend pending = unacked.remove(clientId);
        if (pending != null) {
            ledger.record("send:" + clientId, "", pending.roomId(), pending.attemptedAt(), Ledger.Outcome.REFUSED);
        }
    }

    /** Sends a new message to {@code roomId} over the WebSocket. */
    void sendMessage(String roomId) {
        String clientId = userId + "-" + counter.incrementAndGet();
        long now = System.currentTimeMillis();
        PendingSend pending = new PendingSend(clientId, roomId, "m " + clientId, now, now);
        unacked.put(clientId, pending);
        resend(pending);
    }

    /** Sends again what waited too long for its ack (the frame or its ack may have been lost). */
    void resendOverdue() {
        long now = System.currentTimeMillis();
        unacked.values().stream().filter(p -> now - p.sentAt() > RESEND_AFTER_MS).forEach(this::resend);
    }

    private void resend(PendingSend pending) {
        unacked.computeIfPresent(pending.clientId(), (id, p) -> new PendingSend(id, p.roomId(), p.text(),
                p.attemptedAt(), System.currentTimeMillis()));
        var frame = JSON.createObjectNode().put("type", "message.send").put("ref", "s:" + pending.clientId())
                .put("roomId", pending.roomId()).put("text", pending.text()).put("clientId", pending.clientId());
        send(frame.toString());
    }

    /** Marks {@code roomId} read up to the newest message this client holds there. */
    void markRead(String roomId, long seq) {
        send(JSON.createObjectNode().put("type", "read").put("roomId", roomId).put("seq", seq)
                .put("ref", "r:" + counter.incrementAndGet()).toString());
    }

    void ping() {
        send("{\"type\":\"ping\"}");
    }

    private void send(String frame) {
        BenchSocket current = socket;
        if (current != null) {
            current.send(frame);
        }
    }

    ClientRest rest() {
        return new ClientRest(nodeUrl(), token);
    }

    /** Drops the session for good; sends never acknowledged go in the ledger as unknown. */
    void stop() throws InterruptedException {
        running = false;
        live = false;
        BenchSocket current = socket;
        if (current != null) {
            current.abort();
        }
        if (connector != null) {
            connector.interrupt();
            connector.join(TimeUnit.SECONDS.toMillis(10));
        }
        for (PendingSend pending : unacked.values()) {
            ledger.record("send:" + pending.clientId(), "", pending.roomId(), pending.attemptedAt(),
                    Ledger.Outcome.UNKNOWN);
        }
    }
}
