package dev.parley.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One pipelined sender of {@code log}: keeps {@code window} {@code message.send} frames in
 * flight on its session (a new one for every ack, until the run ends) and tells the scenario
 * about each ack with its send→ack time.
 */
final class LogSender {
    interface Listener {
        void onAck(long sentNanos, long nowNanos);

        void onError(String frame);
    }

    private final String roomId;
    private final String prefix;
    private final int window;
    private final LongSupplier stopAt;
    private final Listener listener;
    private final AtomicLong next = new AtomicLong();
    private final Map<String, Long> inFlight = new ConcurrentHashMap<>();
    private volatile BenchSocket socket;

    LogSender(String roomId, String prefix, int window, LongSupplier stopAt, Listener listener) {
        this.roomId = roomId;
        this.prefix = prefix;
        this.window = window;
        this.stopAt = stopAt;
        this.listener = listener;
    }

    void attach(BenchSocket opened) {
        socket = opened;
    }

    void start() {
        for (int i = 0; i < window; i++) {
            sendNext();
        }
    }

    int inFlight() {
        return inFlight.size();
    }

    void onFrame(String frame) {
        long now = System.nanoTime();
        switch (FrameText.type(frame)) {
            case "ack" -> {
                Long sent = inFlight.remove(FrameText.string(frame, "ref"));
                if (sent != null) {
                    listener.onAck(sent, now);
                    sendNext();
                }
            }
            case "error" -> {
                inFlight.remove(FrameText.string(frame, "ref"));
                listener.onError(frame);
                sendNext();
            }
            default -> {
            }
        }
    }

    private void sendNext() {
        long now = System.nanoTime();
        if (now >= stopAt.getAsLong()) {
            return;
        }
        String ref = prefix + next.getAndIncrement();
        inFlight.put(ref, now);
        socket.send("{\"type\":\"message.send\",\"roomId\":\"" + roomId + "\",\"clientId\":\"" + ref + "\",\"ref\":\""
                + ref + "\",\"text\":\"log " + ref + "\"}");
    }
}
