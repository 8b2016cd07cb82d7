package dev.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Fills rooms with messages through the public REST API: many concurrent senders, each taking
 * the next message number and posting it to room {@code number % rooms} (with a clientId, so
 * a retry stores nothing twice). Reports the rate.
 */
final class HistorySeeder {
    record Seeded(List<String> rooms, long messages, double seconds, long errors) {
        double perSecond() {
            return messages / seconds;
        }
    }

    private final ParleyHttp http;
    private final Progress progress;

    HistorySeeder(ParleyHttp http, Progress progress) {
        this.http = http;
        this.progress = progress;
    }

    /** Creates {@code roomCount} rooms owned by {@code token}'s user and fills them. */
    Seeded seed(String token, int roomCount, long messages, int senders) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> rooms = new ArrayList<>();
        for (int r = 0; r < roomCount; r++) {
            rooms.add(http.createRoom(token, "history " + run + " " + r, List.of()));
        }
        return seedInto(token, rooms, messages, senders);
    }

    /** Posts {@code messages} messages round-robin into {@code rooms} as {@code token}'s user. */
    Seeded seedInto(String token, List<String> rooms, long messages, int senders) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        AtomicLong next = new AtomicLong();
        LongAdder stored = new LongAdder();
        LongAdder errors = new LongAdder();
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int s = 0; s < senders; s++) {
                pool.submit(() -> {
                    for (long n = next.getAndIncrement(); n < messages; n = next.getAndIncrement()) {
                        String room = rooms.get((int) (n % rooms.size()));
                        if (post(token, room, run + "-" + n)) {
                            stored.increment();
                        } else {
                            errors.increment();
                        }
                    }
                    return null;
                });
            }
            watch(stored, errors, messages);
        }
        return new Seeded(rooms, stored.sum(), (System.nanoTime() - start) / 1e9, errors.sum());
    }

    private void watch(LongAdder stored, LongAdder errors, long messages) throws InterruptedException {
        long last = 0;
        while (stored.sum() + errors.sum() < messages) {
            Thread.sleep(1000);
            long now = stored.sum();
            progress.say("%,d of %,d seeded (%+,d/s), %,d errors", now, messages, now - last, errors.sum());
            last = now;
        }
    }

    /** Posts one message, retrying a failure twice with the same clientId (a seed is not a measurement). */
    private boolean post(String token, String room, String clientId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                if (http.call("POST", "/v1/rooms/" + room + "/messages", token,
                        Map.of("text", "history " + clientId, "clientId", clientId)).status() / 100 == 2) {
                    return true;
                }
            } catch (Exception e) {
                // retried below
            }
        }
        return false;
    }
}
