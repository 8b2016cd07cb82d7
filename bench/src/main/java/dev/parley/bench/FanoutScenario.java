package dev.parley.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Recorder;

/**
 * {@code fanout}: R rooms × M members, each member one WebSocket session; S members per room
 * send {@code message.send} at a fixed total rate (open loop: the schedule does not wait for
 * acks). Every send carries its send time in the text, so each receiver measures
 * send→deliver; senders measure send→ack. Afterwards every session must hold every
 * acknowledged message of its room exactly once and in seq order: what is missing is reported
 * as loss, what came twice or out of order as such.
 */
final class FanoutScenario {
    /**
     * @param urls the nodes; sessions are spread over them round-robin (several = a cluster)
     * @param serverPids the nodes' process ids on this machine, to report their CPU and memory (may be empty)
     */
    record Options(List<String> urls, String secret, int rooms, int members, int senders, int rate, Duration warmup,
            Duration duration, List<Long> serverPids) {
    }

    record Result(@JsonIgnore Options options, long acked, double persistedPerSecond, double deliveriesPerSecond,
            double deliverP50Ms, double deliverP99Ms, double deliverP999Ms, double deliverMaxMs, double ackP50Ms,
            double ackP99Ms, long loss, long duplicates, long outOfOrder, long errors, Map<Integer, Long> closedByServer,
            double serverCores, long serverRssMb) {
    }

    /** One member's session and what it received. */
    private static final class Receiver {
        final String roomId;
        final Map<Long, Boolean> seen = new ConcurrentHashMap<>();
        volatile long lastSeq;
        final LongAdder duplicates = new LongAdder();
        final LongAdder outOfOrder = new LongAdder();
        BenchSocket socket;

        Receiver(String roomId) {
            this.roomId = roomId;
        }
    }

    private final Options options;
    private final Progress progress;
    private final Recorder deliver = new Recorder(3);
    private final Recorder ack = new Recorder(3);
    private final LongAdder delivered = new LongAdder();
    private final LongAdder ackedTotal = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final Map<String, LongAdder> ackedPerRoom = new ConcurrentHashMap<>();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long measureTo = Long.MAX_VALUE;

    FanoutScenario(Options options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    Result run() throws Exception {
        var http = new ParleyHttp(options.urls().getFirst());
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Receiver> receivers = new ArrayList<>();
        List<Receiver> senders = new ArrayList<>();
        for (int r = 0; r < options.rooms(); r++) {
            List<String> ids = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            for (int m = 0; m < options.members(); m++) {
                String id = "fan-" + run + "-" + r + "-" + m;
                http.putUser(options.secret(), id);
                ids.add(id);
                tokens.add(http.token(options.secret(), id));
            }
            String room = http.createRoom(tokens.getFirst(), "fanout " + run + " " + r, ids.subList(1, ids.size()));
            ackedPerRoom.put(room, new LongAdder());
            for (int m = 0; m < options.members(); m++) {
                Receiver receiver = new Receiver(room);
                String node = options.urls().get(receivers.size() % options.urls().size());
                receiver.socket = BenchSocket.open(client, node, tokens.get(m), frame -> onFrame(receiver, frame));
                receivers.add(receiver);
                if (m < options.senders()) {
                    senders.add(receiver);
                }
            }
        }
        progress.say("provisioned %d rooms x %d members (%d sessions), %d senders; %d msg/s for %ds after %ds warm-up",
                options.rooms(), options.members(), receivers.size(), senders.size(), options.rate(),
                options.duration().toSeconds(), options.warmup().toSeconds());
        long start = System.nanoTime();
        measureFrom = start + options.warmup().toNanos();
        measureTo = measureFrom + options.duration().toNanos();
        ServerProcessStats before = null;
        ServerProcessStats after = null;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            long interval = (long) (1e9 * senders.size() / options.rate());
            for (int i = 0; i < senders.size(); i++) {
                Receiver sender = senders.get(i);
                long offset = interval * i / senders.size();
                String prefix = "s" + i + "-";
                pool.submit(() -> sendOnSchedule(sender, prefix, start + offset, interval));
            }
            progress.track(measureFrom, ackedTotal::sum, errors::sum);
            before = ServerProcessStats.readAll(options.serverPids());
            progress.track(measureTo, ackedTotal::sum, errors::sum);
            after = ServerProcessStats.readAll(options.serverPids());
        }
        long loss = awaitDelivery(receivers);
        Map<Integer, Long> closed = new java.util.TreeMap<>();
        receivers.stream().mapToInt(receiver -> receiver.socket.closedWith()).filter(code -> code != 0)
                .forEach(code -> closed.merge(code, 1L, Long::sum));
        if (!closed.isEmpty()) {
            progress.say("sessions closed by the server (code=count): %s — e.g. 4408 = this client read too slowly;"
                    + " their missing messages count as loss here, a real client would resync", closed);
        }
        receivers.forEach(receiver -> receiver.socket.close());
        return result(receivers, loss, closed, before, after);
    }

    private void sendOnSchedule(Receiver sender, String prefix, long first, long interval) {
        long next = first;
        for (long n = 0; next < measureTo; n++, next += interval) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String ref = prefix + n;
            long now = System.nanoTime();
            sentAt.put(ref, now);
            sender.socket.send("{\"type\":\"message.send\",\"roomId\":\"" + sender.roomId + "\",\"clientId\":\"" + ref
                    + "\",\"ref\":\"" + ref + "\",\"text\":\"bench t=" + now + "\"}");
        }
    }

    private void onFrame(Receiver receiver, JsonNode frame) {
        long now = System.nanoTime();
        switch (frame.path("type").asText()) {
            case "message.new" -> {
                long seq = frame.path("seq").asLong();
                if (receiver.seen.putIfAbsent(seq, Boolean.TRUE) != null) {
                    receiver.duplicates.increment();
                    return;
                }
                if (seq <= receiver.lastSeq) {
                    receiver.outOfOrder.increment();
                }
                receiver.lastSeq = Math.max(receiver.lastSeq, seq);
                String text = frame.path("message").path("text").asText();
                if (text.startsWith("bench t=")) {
                    long sent = Long.parseLong(text.substring("bench t=".length()));
                    if (sent >= measureFrom && sent < measureTo) {
                        deliver.recordValue(Math.max(0, now - sent));
                        delivered.increment();
                    }
                }
            }
            case "ack" -> {
                ackedTotal.increment();
                ackedPerRoom.get(receiver.roomId).increment();
                Long sent = sentAt.remove(frame.path("ref").asText());
                if (sent != null && sent >= measureFrom && sent < measureTo) {
                    ack.recordValue(Math.max(0, now - sent));
                }
            }
            case "error" -> errors.increment();
            default -> {
            }
        }
    }

    /** Waits (up to 30 s) until every session holds every acknowledged message; returns what is still missing. */
    private long awaitDelivery(List<Receiver> receivers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long missing;
        do {
            missing = 0;
            for (Receiver receiver : receivers) {
                missing += Math.max(0, ackedPerRoom.get(receiver.roomId).sum() - receiver.seen.size());
            }
            if (missing > 0) {
                Thread.sleep(100);
            }
        } while (missing > 0 && System.nanoTime() < deadline);
        return missing;
    }

    private Result result(List<Receiver> receivers, long loss, Map<Integer, Long> closed, ServerProcessStats before,
            ServerProcessStats after) {
        double seconds = options.duration().toNanos() / 1e9;
        var d = deliver.getIntervalHistogram();
        var a = ack.getIntervalHistogram();
        long duplicates = receivers.stream().mapToLong(r -> r.duplicates.sum()).sum();
        long outOfOrder = receivers.stream().mapToLong(r -> r.outOfOrder.sum()).sum();
        Map<String, Long> perRoom = new HashMap<>();
        ackedPerRoom.forEach((room, count) -> perRoom.put(room, count.sum()));
        double cpu = before == null ? Double.NaN : after.cpuSecondsSince(before) / seconds;
        return new Result(options, ackedTotal.sum(), a.getTotalCount() / seconds, delivered.sum() / seconds,
                d.getValueAtPercentile(50) / 1e6, d.getValueAtPercentile(99) / 1e6,
                d.getValueAtPercentile(99.9) / 1e6, d.getMaxValue() / 1e6, a.getValueAtPercentile(50) / 1e6,
                a.getValueAtPercentile(99) / 1e6, loss, duplicates, outOfOrder, errors.sum(), closed, cpu,
                after == null ? -1 : after.rssKb() / 1024);
    }
}
