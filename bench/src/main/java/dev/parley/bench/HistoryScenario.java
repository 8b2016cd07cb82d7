package dev.parley.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;

/**
 * {@code history}: fills rooms with M messages (or reuses rooms given by id, so a 10M-message
 * room is seeded once and measured many times), then asks for random 50-message pages
 * ({@code GET /v1/rooms/{id}/messages?before=<random seq>&limit=50}) at a fixed rate (open
 * loop; latency counts from each request's scheduled time). Every page must hold exactly the
 * 50 seqs just below {@code before}, in order; a page that does not is counted as bad.
 */
final class HistoryScenario {
    static final String READER = "bench-history";
    static final int PAGE = 50;

    /** {@code rooms}: existing rooms to read (then nothing is seeded), or empty to seed {@code messages} into {@code seedRooms} new ones. */
    record Options(String url, String secret, long messages, int seedRooms, int seedSenders, List<String> rooms,
            int rate, int maxInFlight, Duration warmup, Duration duration, List<Long> serverPids) {
    }

    record Result(@JsonIgnore Options options, List<String> rooms, long storedMessages, double seedPerSecond,
            long pages, double pagesPerSecond, double p50Ms, double p99Ms, double p999Ms, double maxMs, long errors,
            long badPages, double serverCores, long serverRssMb) {
    }

    private record Room(String id, long lastSeq) {
    }

    private final Options options;
    private final Progress progress;
    private final ParleyHttp http;
    private final Recorder latency = new Recorder(3);
    private final LongAdder pages = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder badPages = new LongAdder();
    private final Queue<String> firstErrors = new ConcurrentLinkedQueue<>();

    HistoryScenario(Options options, Progress progress) {
        this.options = options;
        this.progress = progress;
        this.http = new ParleyHttp(options.url());
    }

    Result run() throws Exception {
        http.putUser(options.secret(), READER);
        String token = http.token(options.secret(), READER);
        double seedPerSecond = Double.NaN;
        List<String> roomIds = options.rooms();
        if (roomIds.isEmpty()) {
            progress.say("seeding %,d messages into %d room(s) with %d concurrent REST senders", options.messages(),
                    options.seedRooms(), options.seedSenders());
            var seeded = new HistorySeeder(http, progress).seed(token, options.seedRooms(), options.messages(),
                    options.seedSenders());
            seedPerSecond = seeded.perSecond();
            roomIds = seeded.rooms();
            progress.say("seeded %,d messages in %.1fs (%,.0f/s, %d errors); measure them again with --room %s",
                    seeded.messages(), seeded.seconds(), seedPerSecond, seeded.errors(), String.join(",", roomIds));
        }
        List<Room> rooms = new ArrayList<>();
        long stored = 0;
        for (String id : roomIds) {
            long lastSeq = http.lastSeq(token, id);
            if (lastSeq < PAGE) {
                throw new IllegalArgumentException("room " + id + " holds " + lastSeq + " messages: need at least " + PAGE);
            }
            rooms.add(new Room(id, lastSeq));
            stored += lastSeq;
        }
        progress.say("reading random %d-message pages of %d room(s) (%,d messages) at %,d/s for %ds after %ds warm-up",
                PAGE, rooms.size(), stored, options.rate(), options.duration().toSeconds(),
                options.warmup().toSeconds());
        long start = System.nanoTime();
        long measureFrom = start + options.warmup().toNanos();
        long end = measureFrom + options.duration().toNanos();
        var stats = new ServerProcessStats[2];
        Thread reporter = Thread.ofVirtual().start(() -> {
            try {
                progress.track(measureFrom, "pages", pages::sum, errors::sum);
                stats[0] = ServerProcessStats.readAll(options.serverPids());
                progress.track(end, "pages", pages::sum, errors::sum);
                stats[1] = ServerProcessStats.readAll(options.serverPids());
            } catch (Exception e) {
                Thread.currentThread().interrupt();
            }
        });
        OpenLoop.run(options.rate(), options.maxInFlight(), start, end, due -> readPage(token, rooms, due, measureFrom));
        reporter.join();
        firstErrors.stream().limit(5).forEach(error -> progress.say("error: %s", error));
        return result(roomIds, stored, seedPerSecond, stats[0], stats[1]);
    }

    private void readPage(String token, List<Room> rooms, long due, long measureFrom) {
        var random = ThreadLocalRandom.current();
        Room room = rooms.get(random.nextInt(rooms.size()));
        long before = random.nextLong(PAGE + 1, room.lastSeq() + 2);
        try {
            var reply = http.call("GET", "/v1/rooms/" + room.id() + "/messages?before=" + before + "&limit=" + PAGE,
                    token, null);
            long took = System.nanoTime() - due;
            if (reply.status() != 200) {
                fail(reply.status() + " " + reply.body());
                return;
            }
            if (!isPageBelow(reply.body().path("items"), before)) {
                badPages.increment();
                fail("page before " + before + " is not the 50 seqs below it");
                return;
            }
            if (due >= measureFrom) {
                pages.increment();
                latency.recordValue(took);
            }
        } catch (Exception e) {
            fail(e.toString());
        }
    }

    /** True when {@code items} are exactly seqs before-50 … before-1, ascending. */
    static boolean isPageBelow(JsonNode items, long before) {
        if (items.size() != PAGE) {
            return false;
        }
        for (int i = 0; i < PAGE; i++) {
            if (items.get(i).path("seq").asLong() != before - PAGE + i) {
                return false;
            }
        }
        return true;
    }

    private void fail(String why) {
        errors.increment();
        if (firstErrors.size() < 5) {
            firstErrors.add(why);
        }
    }

    private Result result(List<String> roomIds, long stored, double seedPerSecond, ServerProcessStats before,
            ServerProcessStats after) {
        double seconds = options.duration().toNanos() / 1e9;
        var h = latency.getIntervalHistogram();
        double cores = before == null || after == null ? Double.NaN : after.cpuSecondsSince(before) / seconds;
        return new Result(options, roomIds, stored, seedPerSecond, pages.sum(), pages.sum() / seconds,
                h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6, h.getValueAtPercentile(99.9) / 1e6,
                h.getMaxValue() / 1e6, errors.sum(), badPages.sum(), cores,
                after == null ? -1 : after.rssKb() / 1024);
    }
}
