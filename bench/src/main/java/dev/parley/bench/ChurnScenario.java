package dev.parley.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;

/**
 * {@code churn}: clients arriving at a fixed rate (open loop), each running one
 * {@link ChurnCycle} — connect, auth, sync one room from a random seq up to
 * {@code syncBehind} below its newest, first REST page, close. Reports cycles/s, the whole
 * cycle's p50/p99 from its scheduled time, and failures (a short replay is a failure).
 */
final class ChurnScenario {
    record Options(String url, String secret, int users, int roomMessages, int syncBehind, int rate, int maxInFlight,
            Duration warmup, Duration duration, List<Long> serverPids) {
    }

    record Result(@JsonIgnore Options options, long cycles, double cyclesPerSecond, double p50Ms, double p99Ms,
            double p999Ms, double maxMs, long failures, double serverCores, long serverRssMb) {
    }

    private final Options options;
    private final Progress progress;
    private final ParleyHttp http;
    private final Recorder latency = new Recorder(3);
    private final LongAdder cycles = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final Queue<String> firstErrors = new ConcurrentLinkedQueue<>();

    ChurnScenario(Options options, Progress progress) {
        this.options = options;
        this.progress = progress;
        this.http = new ParleyHttp(options.url());
    }

    Result run() throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        var users = BenchUsers.create(http, options.secret(), "churn-" + run + "-", options.users());
        String owner = users.tokens().getFirst();
        String room = http.createRoom(owner, "churn " + run, users.ids().subList(1, users.ids().size()));
        new HistorySeeder(http, progress).seedInto(owner, List.of(room), options.roomMessages(), 16);
        long lastSeq = http.lastSeq(owner, room);
        progress.say("%d users in a room of %,d messages; %,d cycles/s for %ds after %ds warm-up", options.users(),
                lastSeq, options.rate(), options.duration().toSeconds(), options.warmup().toSeconds());
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        long measureFrom = start + options.warmup().toNanos();
        long end = measureFrom + options.duration().toNanos();
        var stats = new ServerProcessStats[2];
        Thread reporter = Thread.ofVirtual().start(() -> {
            try {
                progress.track(measureFrom, "cycles", cycles::sum, failures::sum);
                stats[0] = ServerProcessStats.readAll(options.serverPids());
                progress.track(end, "cycles", cycles::sum, failures::sum);
                stats[1] = ServerProcessStats.readAll(options.serverPids());
            } catch (Exception e) {
                Thread.currentThread().interrupt();
            }
        });
        OpenLoop.run(options.rate(), options.maxInFlight(), start, end, due -> {
            var random = ThreadLocalRandom.current();
            String token = users.tokens().get(random.nextInt(users.tokens().size()));
            long from = Math.max(0, lastSeq - random.nextInt(options.syncBehind() + 1));
            try {
                ChurnCycle.run(client, http, options.url(), token, room, from, lastSeq);
                if (due >= measureFrom) {
                    latency.recordValue(System.nanoTime() - due);
                    cycles.increment();
                }
            } catch (Exception e) {
                failures.increment();
                if (firstErrors.size() < 5) {
                    firstErrors.add(e.toString());
                }
            }
        });
        reporter.join();
        firstErrors.forEach(error -> progress.say("error: %s", error));
        double seconds = options.duration().toNanos() / 1e9;
        var h = latency.getIntervalHistogram();
        double cores = stats[0] == null || stats[1] == null ? Double.NaN : stats[1].cpuSecondsSince(stats[0]) / seconds;
        return new Result(options, cycles.sum(), cycles.sum() / seconds, h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(99) / 1e6, h.getValueAtPercentile(99.9) / 1e6, h.getMaxValue() / 1e6,
                failures.sum(), cores, stats[1] == null ? -1 : stats[1].rssKb() / 1024);
    }
}
