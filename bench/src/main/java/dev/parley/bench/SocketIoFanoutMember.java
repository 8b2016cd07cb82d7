package dev.parley.bench;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A room member in {@code fanout} that listens over Socket.IO ({@code /realtime}, namespace
 * {@code /chat}, WebSocket transport), as a client of the Conduit compatibility layer does: it
 * answers the server's pings and counts each {@code message} event's seq — duplicates, disorder,
 * and what never arrives. It does not reconnect (a Socket.IO client's state is not resumable);
 * a close is counted.
 */
final class SocketIoFanoutMember {
    /** Where deliveries go: the scenario's latency bookkeeping. */
    interface Listener {
        void onSocketIoDelivered(SocketIoFanoutMember member, String frame, long nowNanos);
    }

    private static final String MESSAGE_EVENT = "42/chat,[\"message\",";
    final String roomId;
    private final String node;
    private final String token;
    private final HttpClient client;
    private final Listener listener;
    private final SeqTally tally = new SeqTally();
    private final Map<Integer, Long> closes = new ConcurrentHashMap<>();
    private volatile BenchSocket socket;
    private volatile boolean open = true;

    SocketIoFanoutMember(String roomId, String node, String token, HttpClient client, Listener listener) {
        this.roomId = roomId;
        this.node = node;
        this.token = token;
        this.client = client;
        this.listener = listener;
    }

    void connect() throws Exception {
        socket = BenchSocket.openSocketIo(client, node, token, this::onFrame);
        socket.closed().thenAccept(code -> {
            if (open) {
                closes.merge(code, 1L, Long::sum);
            }
        });
    }

    void close() {
        open = false;
        socket.close();
    }

    private void onFrame(String frame) {
        if (frame.equals("2")) {
            socket.send("3");
            return;
        }
        if (frame.startsWith(MESSAGE_EVENT) && tally.received(FrameText.number(frame, "seq"), false)) {
            listener.onSocketIoDelivered(this, frame, System.nanoTime());
        }
    }

    long missing(long roomLastSeq) {
        return tally.missing(roomLastSeq);
    }

    long duplicates() {
        return tally.duplicates();
    }

    long outOfOrder() {
        return tally.outOfOrder();
    }

    Map<Integer, Long> closes() {
        return closes;
    }
}
