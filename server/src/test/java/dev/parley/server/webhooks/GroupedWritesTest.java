package dev.parley.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.event.LocalEventBus;
import dev.parley.core.message.MessageLog;
import dev.parley.core.store.Repositories;
import dev.parley.core.store.Store;
import dev.parley.core.store.Transactor;
import dev.parley.core.store.UnitOfWork;
import dev.parley.core.webhook.Webhook;
import dev.parley.store.JdbcStore;
import dev.parley.store.TestDatabases;
import dev.parley.store.jdbc.Database;
import dev.parley.store.log.MessageLogSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery side's grouped transactions, on a real (H2) store. */
class GroupedWritesTest {
    @TempDir
    Path temp;
    private JdbcStore store;
    private final AtomicInteger transactions = new AtomicInteger();
    private Transactor transactor;
    private GroupedWrites writes;

    @BeforeEach
    void start() throws Exception {
        store = new JdbcStore(Database.open(TestDatabases.h2(temp).settings()), MessageLogSettings.DEFAULT);
        transactor = new Transactor(new CountingStore(store, transactions), new LocalEventBus());
        writes = new GroupedWrites(transactor);
    }

    @AfterEach
    void stop() {
        writes.close();
        store.close();
    }

    @Test
    void writes_handed_in_while_one_commits_share_the_next_transaction_in_the_order_handed_in() throws Exception {
        HeldWrite first = holdTheWriter();
        List<String> order = new CopyOnWriteArrayList<>();
        List<CompletableFuture<Webhook>> later = List.of(0, 1, 2).stream().map(i -> writes.submit(repos -> {
            order.add("w" + i);
            return insert(repos, "https://receiver.example/" + i);
        })).toList();
        first.release();
        List<Webhook> inserted = later.stream().map(CompletableFuture::join).toList();
        assertThat(order).containsExactly("w0", "w1", "w2");
        assertThat(transactions.get()).as("the first write's transaction, then one for the three").isEqualTo(2);
        assertThat(stored()).extracting(Webhook::id)
                .containsExactlyInAnyOrderElementsOf(inserted.stream().map(Webhook::id).toList());
    }

    @Test
    void a_write_that_fails_fails_every_write_of_its_transaction_and_nothing_of_it_is_stored() throws Exception {
        HeldWrite blocker = holdTheWriter();
        CompletableFuture<Webhook> good = writes.submit(repos -> insert(repos, "https://receiver.example/good"));
        CompletableFuture<Object> bad = writes.submit(repos -> {
            throw new IllegalStateException("the write went wrong");
        });
        blocker.release();

        assertThatThrownBy(good::join).isInstanceOf(CompletionException.class)
                .hasRootCauseMessage("the write went wrong");
        assertThatThrownBy(() -> writes.write(repos -> {
            throw new IllegalStateException("told to the caller as it was thrown");
        })).isInstanceOf(IllegalStateException.class).hasMessage("told to the caller as it was thrown");
        assertThat(bad).isCompletedExceptionally();
        assertThat(stored()).as("rolled back").isEmpty();
        assertThat(writes.write(repos -> insert(repos, "https://receiver.example/after")).url())
                .as("the next transaction goes on").endsWith("/after");
    }

    @Test
    void once_closed_a_write_fails_at_once_instead_of_waiting_forever() {
        writes.close();
        assertThatThrownBy(() -> writes.write(repos -> insert(repos, "https://receiver.example/late")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stopping");
        assertThat(stored()).isEmpty();
    }

    /** A write that holds the writer's transaction open until released: what is handed in meanwhile waits. */
    private record HeldWrite(CompletableFuture<Void> done, CountDownLatch latch) {
        void release() throws Exception {
            latch.countDown();
            done.get(5, TimeUnit.SECONDS);
        }
    }

    private HeldWrite holdTheWriter() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> done = writes.submit(repos -> {
            running.countDown();
            await(release);
            return null;
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).as("the writer runs the holding write").isTrue();
        return new HeldWrite(done, release);
    }

    private List<Webhook> stored() {
        return transactor.read(repos -> repos.webhooks().all());
    }

    /** A store that counts the transactions run on it. */
    private record CountingStore(Store store, AtomicInteger transactions) implements Store {
        @Override
        public <T> T transaction(Function<Repositories, T> work) {
            transactions.incrementAndGet();
            return store.transaction(work);
        }

        @Override
        public <T> T read(Function<Repositories, T> work) {
            return store.read(work);
        }

        @Override
        public MessageLog messageLog() {
            return store.messageLog();
        }

        @Override
        public boolean isHealthy() {
            return store.isHealthy();
        }

        @Override
        public void close() {
            store.close();
        }
    }

    private static Webhook insert(UnitOfWork repos, String url) {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        var webhook = new Webhook(UUID.randomUUID(), url, List.of("*"), true, "whsec_x", null, null, null, now, now);
        repos.webhooks().insert(webhook);
        return webhook;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
