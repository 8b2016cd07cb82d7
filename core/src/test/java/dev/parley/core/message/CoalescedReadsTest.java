package dev.parley.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Concurrent syncs of one room share a read, and none is answered by a read older than its request. */
class CoalescedReadsTest {
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch firstReadMayEnd = new CountDownLatch(1);
    private final AtomicInteger readsStarted = new AtomicInteger();
    private final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
    /** Answers each request with "read number: request", so a test sees which read answered it. */
    private final CoalescedReads<String, Integer, String> reads = new CoalescedReads<>((room, requests) -> {
        int number = readsStarted.incrementAndGet();
        batches.add(requests);
        if (number == 1) {
            awaitQuietly(firstReadMayEnd);
        }
        return requests.stream().map(request -> number + ":" + request).toList();
    });

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void requests_made_while_a_read_runs_are_answered_together_by_one_read_that_starts_after_it() throws Exception {
        CompletableFuture<String> first = ask("room", 0);
        await().until(() -> readsStarted.get() == 1);
        List<CompletableFuture<String>> waiting = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            waiting.add(ask("room", i));
        }
        await().until(() -> reads.requests() == 21);
        firstReadMayEnd.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("1:0");
        for (int i = 1; i <= 20; i++) {
            assertThat(waiting.get(i - 1).get(5, TimeUnit.SECONDS)).as("each gets its own answer, from the second read")
                    .isEqualTo("2:" + i);
        }
        assertThat(reads.reads()).isEqualTo(2);
        assertThat(batches.get(1)).hasSize(20);
    }

    @Test
    void other_rooms_do_not_wait_for_a_rooms_read() throws Exception {
        CompletableFuture<String> slow = ask("room", 0);
        await().until(() -> readsStarted.get() == 1);

        assertThat(ask("another room", 7).get(5, TimeUnit.SECONDS)).isEqualTo("2:7");
        firstReadMayEnd.countDown();
        assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("1:0");
    }

    @Test
    void a_failed_read_fails_the_requests_it_served_and_the_next_ones_are_read_again() {
        AtomicInteger calls = new AtomicInteger();
        CoalescedReads<String, Integer, String> failingOnce = new CoalescedReads<>((room, requests) -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the database went away");
            }
            return requests.stream().map(String::valueOf).toList();
        });

        assertThatThrownBy(() -> failingOnce.get("room", 1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the database went away");
        assertThat(failingOnce.get("room", 2)).isEqualTo("2");
    }

    @Test
    void many_concurrent_requests_each_get_their_own_answer_and_cost_fewer_reads() throws Exception {
        firstReadMayEnd.countDown();
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            answers.add(ask("room " + (i % 3), i));
        }
        for (int i = 0; i < 500; i++) {
            assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).endsWith(":" + i);
        }
        assertThat(reads.requests()).isEqualTo(500);
        assertThat(reads.reads()).isBetween(3L, 500L);
    }

    private CompletableFuture<String> ask(String room, int request) {
        return CompletableFuture.supplyAsync(() -> reads.get(room, request), threads);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
