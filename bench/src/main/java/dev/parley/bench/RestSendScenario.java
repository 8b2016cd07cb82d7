package dev.parley.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;

/**
 * {@code rest-send}: C concurrent clients spread over R rooms, for a fixed time — closed loop
 * (each sends its next message when the previous one is acknowledged: the most the server
 * takes), or at a fixed rate (open loop: latency at a load the server keeps up with, measured
 * from when each send was due). Measures acknowledged
 * sends per second and send→ack latency, then verifies that every room holds exactly the
 * messages that were acknowledged (loss and duplicates are reported as numbers).
 */
final class RestSendScenario {
    /** {@code serverPids}: the server's process id(s) on this machine, to read CPU and memory (empty = unknown). */
    record Options(String url, String secret, int rooms, int clients, int rate, Duration warmup, Duration duration,
            List<Long> serverPids) {
    }

    /** {@code loss}: acknowledged messages missing from the rooms (must be 0). */
    record Result(Options options, long acked, long errors, double sendsPerSecond, double p50Ms, double p99Ms,
            double p999Ms, double maxMs, long stored, long loss, double serverCores, double serverCpuMsPerSend,
            long serverRssMb) {
    }

    private final ParleyHttp http;
    private final Options options;
    private final Progress progress;

    RestSendScenario(Options options, Progress progress) {
        this.options = options;
        this.http = new ParleyHttp(options.url());
        this.progress = progress;
    }

    Result run() throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> tokens = new ArrayList<>();
        List<String> userIds = new ArrayList<>();
        for (int i = 0; i < options.clients(); i++) {
            String id = "bench-" + run + "-" + i;
            http.putUser(options.secret(), id);
            userIds.add(id);
            tokens.add(http.token(options.secret(), id));
        }
        List<String> rooms = new ArrayList<>();
        for (int r = 0; r < options.rooms(); r++) {
            List<String> members = new ArrayList<>();
            for (int i = r; i < options.clients(); i += options.rooms()) {
                members.add(userIds.get(i));
            }
            rooms.add(http.createRoom(tokens.get(r % options.clients()), "bench " + run + " " + r, members));
        }
        progress.say("provisioned %d users, %d rooms; warming up %ds", options.clients(), options.rooms(),
                options.warmup().toSeconds());

        Recorder latencies = new Recorder(3);
        LongAdder acked = new LongAdder();
        LongAdder errors = new LongAdder();
        var firstErrors = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        long start = System.nanoTime();
        long warmupEnd = start + options.warmup().toNanos();
        long end = warmupEnd + options.duration().toNanos();
        LongAdder ackedTotal = new LongAdder();
        // One send by client i, due at {@code due} (nanoTime): its latency counts from then.
        record Send(int client, long n, long due) {
        }
        java.util.function.Consumer<Send> send = one -> {
            String prefix = "c" + one.client() + "-";
            try {
                var reply = http.call("POST", "/v1/rooms/" + rooms.get(one.client() % options.rooms()) + "/messages",
                        tokens.get(one.client()), Map.of("text", "bench message " + one.n(), "clientId", prefix + one.n()));
                long took = System.nanoTime() - one.due();
                if (reply.status() == 201) {
                    ackedTotal.increment();
                    if (one.due() >= warmupEnd) {
                        acked.increment();
                        latencies.recordValue(took);
                    }
                } else {
                    errors.increment();
                    firstErrors.add(reply.status() + " " + reply.body());
                }
            } catch (Exception e) {
                errors.increment();
                firstErrors.add(e.toString());
            }
        };
        ServerProcessStats before;
        ServerProcessStats after;
        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            if (options.rate() > 0) {
                // Open loop: the rate whatever the server does, each client's sends in turn, at most one
                // in flight per client (a send waiting for its client counts the wait as latency).
                var sent = new java.util.concurrent.atomic.AtomicLong();
                var locks = new java.util.concurrent.locks.ReentrantLock[options.clients()];
                java.util.Arrays.setAll(locks, i -> new java.util.concurrent.locks.ReentrantLock());
                clients.submit(() -> OpenLoop.run(options.rate(), options.clients(), start, end, due -> {
                    long n = sent.getAndIncrement();
                    int client = (int) (n % options.clients());
                    locks[client].lock();
                    try {
                        send.accept(new Send(client, n, due));
                    } finally {
                        locks[client].unlock();
                    }
                }));
            } else {
                for (int i = 0; i < options.clients(); i++) {
                    int client = i;
                    clients.submit(() -> {
                        for (long n = 0; System.nanoTime() < end; n++) {
                            send.accept(new Send(client, n, System.nanoTime()));
                        }
                        return null;
                    });
                }
            }
            progress.track(warmupEnd, ackedTotal::sum, errors::sum);
            before = ServerProcessStats.readAll(options.serverPids());
            progress.track(end, ackedTotal::sum, errors::sum);
            after = ServerProcessStats.readAll(options.serverPids());
        }
        firstErrors.stream().limit(5).forEach(error -> progress.say("error: %s", error));
        var histogram = latencies.getIntervalHistogram();
        double seconds = options.duration().toNanos() / 1e9;
        long stored = 0;
        for (int r = 0; r < rooms.size(); r++) {
            stored += http.lastSeq(tokens.get(r % options.clients()), rooms.get(r));
        }
        double cpuSeconds = before == null ? Double.NaN : after.cpuSecondsSince(before);
        return new Result(options, acked.sum(), errors.sum(), acked.sum() / seconds,
                histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(99) / 1e6,
                histogram.getValueAtPercentile(99.9) / 1e6, histogram.getMaxValue() / 1e6, stored,
                Math.max(0, ackedTotal.sum() - stored), cpuSeconds / seconds, cpuSeconds * 1000 / acked.sum(),
                after == null ? -1 : after.rssKb() / 1024);
    }
}
