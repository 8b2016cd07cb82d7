package dev.parley.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Recorder;

/**
 * {@code connections}: N authenticated WebSocket sessions, opened at a fixed rate (open loop),
 * then held idle for a while, each sending {@code ping} every 25 s as the protocol asks. Reports
 * connect+auth latency (from each connection's scheduled time, so a slow server cannot hide
 * its queue), failures, sessions the server dropped while idle, the server's RSS before and
 * after (and per connection) and its CPU while the sessions sit idle.
 *
 * <p>Each source address ({@code --source-address}) gets its own JDK {@link HttpClient} bound
 * to it with {@link HttpClient.Builder#localAddress}, so every (source address, node) pair has
 * a full ephemeral port range: past ~28k–60k sockets, add 127.0.0.2, 127.0.0.3, …
 */
final class ConnectionsScenario {
    static final Duration PING_EVERY = Duration.ofSeconds(25);

    record Options(List<String> urls, String secret, int connections, int rampPerSecond, int sessionsPerUser,
            List<String> sourceAddresses, Duration duration, List<Long> serverPids) {
    }

    record Result(@JsonIgnore Options options, int connected, long failures, long dropped, double rampSeconds,
            double connectP50Ms, double connectP99Ms, double connectMaxMs, long serverRssBeforeMb,
            long serverRssAfterMb, double serverRssPerConnectionKb, double serverCoresIdle) {
    }

    private final Options options;
    private final Progress progress;
    private final Recorder connectLatency = new Recorder(3);
    private final LongAdder failures = new LongAdder();
    private final Queue<BenchSocket> sockets = new ConcurrentLinkedQueue<>();
    private final Queue<String> firstErrors = new ConcurrentLinkedQueue<>();

    ConnectionsScenario(Options options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    Result run() throws Exception {
        String whyNot = LocalLimits.read().whyNot(options.connections(), options.sourceAddresses().size(),
                options.urls().size());
        if (whyNot != null) {
            throw new IllegalArgumentException(whyNot);
        }
        List<HttpClient> clients = new ArrayList<>();
        for (String address : options.sourceAddresses()) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .localAddress(InetAddress.getByName(address)).build());
        }
        var http = new ParleyHttp(options.urls().getFirst());
        int userCount = Math.ceilDiv(options.connections(), options.sessionsPerUser());
        String run = Long.toString(System.currentTimeMillis(), 36);
        var users = BenchUsers.create(http, options.secret(), "conn-" + run + "-", userCount);
        progress.say("provisioned %,d users; opening %,d sessions at %,d/s from %s", userCount,
                options.connections(), options.rampPerSecond(), options.sourceAddresses());
        ServerProcessStats empty = ServerProcessStats.readAll(options.serverPids());
        ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor();
        pinger.scheduleAtFixedRate(() -> sockets.forEach(BenchSocket::ping), PING_EVERY.toMillis(),
                PING_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        try {
            long rampStart = System.nanoTime();
            ramp(clients, users.tokens(), rampStart);
            double rampSeconds = (System.nanoTime() - rampStart) / 1e9;
            progress.say("%,d sessions open, %,d failed; holding them idle for %ds", sockets.size(), failures.sum(),
                    options.duration().toSeconds());
            firstErrors.stream().limit(5).forEach(error -> progress.say("error: %s", error));
            ServerProcessStats idleFrom = ServerProcessStats.readAll(options.serverPids());
            long end = System.nanoTime() + options.duration().toNanos();
            progress.track(end, "sessions open", this::open, failures::sum);
            ServerProcessStats idleTo = ServerProcessStats.readAll(options.serverPids());
            int connected = sockets.size();
            long dropped = connected - open();
            return result(connected, dropped, rampSeconds, empty, idleFrom, idleTo);
        } finally {
            pinger.shutdownNow();
            sockets.forEach(BenchSocket::abort);
        }
    }

    private long open() {
        return sockets.stream().filter(socket -> socket.closedWith() == 0).count();
    }

    /** Opens every session on schedule, each on its own virtual thread; returns when all have settled. */
    private void ramp(List<HttpClient> clients, List<String> tokens, long start) throws InterruptedException {
        long interval = 1_000_000_000L / options.rampPerSecond();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Thread.ofVirtual().start(() -> {
                try {
                    progress.track(start + interval * options.connections(), "sessions open",
                            () -> sockets.size(), failures::sum);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            for (int i = 0; i < options.connections(); i++) {
                long due = start + interval * i;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                HttpClient client = clients.get(i % clients.size());
                String node = options.urls().get(i % options.urls().size());
                String token = tokens.get(i / options.sessionsPerUser());
                pool.submit(() -> connect(client, node, token, due));
            }
        }
    }

    private void connect(HttpClient client, String node, String token, long due) {
        try {
            sockets.add(BenchSocket.open(client, node, token, frame -> { }));
            connectLatency.recordValue(System.nanoTime() - due);
        } catch (Exception e) {
            failures.increment();
            if (firstErrors.size() < 5) {
                firstErrors.add(e.toString());
            }
        }
    }

    private Result result(int connected, long dropped, double rampSeconds, ServerProcessStats empty,
            ServerProcessStats idleFrom, ServerProcessStats idleTo) {
        var latency = connectLatency.getIntervalHistogram();
        long before = empty == null ? -1 : empty.rssKb();
        long after = idleTo == null ? -1 : idleTo.rssKb();
        double perConnection = empty == null || connected == 0 ? Double.NaN : (after - before) / (double) connected;
        double idleCores = idleFrom == null ? Double.NaN
                : idleTo.cpuSecondsSince(idleFrom) / (options.duration().toNanos() / 1e9);
        return new Result(options, connected, failures.sum(), dropped, rampSeconds,
                latency.getValueAtPercentile(50) / 1e6, latency.getValueAtPercentile(99) / 1e6,
                latency.getMaxValue() / 1e6, before < 0 ? -1 : before / 1024, after < 0 ? -1 : after / 1024,
                perConnection, idleCores);
    }
}
