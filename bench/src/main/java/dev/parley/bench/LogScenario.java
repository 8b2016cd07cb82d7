package dev.parley.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;

/**
 * {@code log}: the durable write ceiling through the public API. R rooms, S sender sessions
 * per room, each keeping W {@code message.send} frames in flight (pipelined; the server takes up
 * to 128 per session), as fast as acks come back — a closed loop on purpose: it finds the most
 * the group commit stores per second. Every send carries a clientId (the WebSocket requires
 * one, so the idempotency check is part of the cost). Afterwards the rooms must hold exactly
 * the acknowledged messages: loss is what was acked but is not stored.
 */
final class LogScenario implements LogSender.Listener {
    record Options(String url, String secret, int rooms, int sendersPerRoom, int window, Duration warmup,
            Duration duration, List<Long> serverPids) {
    }

    record Result(@JsonIgnore Options options, long acked, double storedPerSecond, double ackP50Ms, double ackP99Ms,
            double ackP999Ms, double ackMaxMs, long errors, long stored, long loss, double serverCores,
            double serverCpuUsPerMessage, long serverRssMb) {
    }

    private final Options options;
    private final Progress progress;
    private final Recorder latency = new Recorder(3);
    private final LongAdder ackedTotal = new LongAdder();
    private final LongAdder measured = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final Queue<String> firstErrors = new ConcurrentLinkedQueue<>();
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long measureTo = Long.MAX_VALUE;

    LogScenario(Options options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    Result run() throws Exception {
        var http = new ParleyHttp(options.url());
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String run = Long.toString(System.currentTimeMillis(), 36);
        int perRoom = options.sendersPerRoom();
        var users = BenchUsers.create(http, options.secret(), "log-" + run + "-", options.rooms() * perRoom);
        List<String> rooms = new ArrayList<>();
        List<LogSender> senders = new ArrayList<>();
        List<BenchSocket> sockets = new ArrayList<>();
        for (int r = 0; r < options.rooms(); r++) {
            int first = r * perRoom;
            String room = http.createRoom(users.tokens().get(first), "log " + run + " " + r,
                    users.ids().subList(first + 1, first + perRoom));
            rooms.add(room);
            for (int s = 0; s < perRoom; s++) {
                var sender = new LogSender(room, "l" + (first + s) + "-", options.window(), () -> measureTo, this);
                var socket = BenchSocket.open(client, options.url(), users.tokens().get(first + s), sender::onFrame);
                sender.attach(socket);
                senders.add(sender);
                sockets.add(socket);
            }
        }
        progress.say("%d rooms x %d senders, %d in flight each; %ds after %ds warm-up", options.rooms(), perRoom,
                options.window(), options.duration().toSeconds(), options.warmup().toSeconds());
        long start = System.nanoTime();
        measureFrom = start + options.warmup().toNanos();
        measureTo = measureFrom + options.duration().toNanos();
        senders.forEach(LogSender::start);
        progress.track(measureFrom, "stored", ackedTotal::sum, errors::sum);
        ServerProcessStats before = ServerProcessStats.readAll(options.serverPids());
        progress.track(measureTo, "stored", ackedTotal::sum, errors::sum);
        ServerProcessStats after = ServerProcessStats.readAll(options.serverPids());
        awaitInFlight(senders);
        long stored = 0;
        for (int r = 0; r < rooms.size(); r++) {
            stored += http.lastSeq(users.tokens().get(r * perRoom), rooms.get(r));
        }
        sockets.forEach(BenchSocket::close);
        firstErrors.forEach(error -> progress.say("error: %s", error));
        return result(stored, before, after);
    }

    @Override
    public void onAck(long sentNanos, long nowNanos) {
        ackedTotal.increment();
        if (sentNanos >= measureFrom && sentNanos < measureTo) {
            measured.increment();
            latency.recordValue(nowNanos - sentNanos);
        }
    }

    @Override
    public void onError(String frame) {
        errors.increment();
        if (firstErrors.size() < 5) {
            firstErrors.add(frame);
        }
    }

    private static void awaitInFlight(List<LogSender> senders) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (senders.stream().anyMatch(sender -> sender.inFlight() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private Result result(long stored, ServerProcessStats before, ServerProcessStats after) {
        double seconds = options.duration().toNanos() / 1e9;
        var h = latency.getIntervalHistogram();
        double cpu = before == null ? Double.NaN : after.cpuSecondsSince(before);
        long acked = ackedTotal.sum();
        return new Result(options, acked, measured.sum() / seconds, h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(99) / 1e6, h.getValueAtPercentile(99.9) / 1e6, h.getMaxValue() / 1e6,
                errors.sum(), stored, Math.max(0, acked - stored), cpu / seconds, cpu * 1e6 / measured.sum(),
                after == null ? -1 : after.rssKb() / 1024);
    }
}
