package dev.parley.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Runs a task at a fixed rate whatever the server does (open loop): each run gets its own
 * virtual thread and its scheduled time, from which latency is measured — a slow server shows
 * as latency, not as a lower offered rate. At most {@code maxInFlight} runs at once (the rest
 * wait their turn, and the wait counts as latency): an overloaded server gets a queue, not a
 * storm of new connections.
 */
final class OpenLoop {
    private OpenLoop() {
    }

    /** Starts {@code task} (given its due time in nanos) {@code rate} times a second from {@code start} until {@code end}; returns when all finished. */
    static void run(int rate, int maxInFlight, long start, long end, LongConsumer task) {
        long interval = 1_000_000_000L / rate;
        var permits = new Semaphore(maxInFlight, true);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long due = start; due < end; due += interval) {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                long scheduled = due;
                pool.submit(() -> {
                    permits.acquire();
                    try {
                        task.accept(scheduled);
                    } finally {
                        permits.release();
                    }
                    return null;
                });
            }
        }
    }
}
