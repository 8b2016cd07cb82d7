package dev.parley.server;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.message.Append;
import dev.parley.core.room.Room;
import dev.parley.core.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;

/**
 * Fills a room with generated messages straight through the message log (group commit, the
 * same path as every send, so seqs and the room's counters stay right), for benchmarks of
 * large rooms: {@code parley seed}. Runs with the node stopped; the author must be a member.
 */
final class Seeder {
    /** Appends in flight at once: enough to fill the log's batches. */
    private static final int WINDOW = 8192;
    private static final long PROGRESS_EVERY = 100_000;

    private final Store store;
    private final IdGenerator ids;
    private final Clock clock;

    Seeder(Store store, IdGenerator ids, Clock clock) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
    }

    /** Appends {@code count} messages by {@code userId}; {@code progress} hears the total every 100,000. */
    long seed(UUID roomId, String userId, long count, LongConsumer progress) throws InterruptedException {
        Room room = store.read(repos -> {
            Room found = repos.rooms().find(roomId).orElseThrow(() -> new ParleyException(ErrorCode.ROOM_NOT_FOUND,
                    "no room " + roomId));
            repos.members().find(roomId, userId).orElseThrow(() -> new ParleyException(ErrorCode.FORBIDDEN,
                    userId + " is not a member of room " + roomId));
            return found;
        });
        LongAdder stored = new LongAdder();
        store.messageLog().onCommitted(messages -> {
            long before = stored.sum();
            stored.add(messages.size());
            if (before / PROGRESS_EVERY != (before + messages.size()) / PROGRESS_EVERY) {
                progress.accept(before + messages.size());
            }
        });
        Semaphore window = new Semaphore(WINDOW);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (long i = 1; i <= count && failure.get() == null; i++) {
            window.acquire();
            Append append = new Append(ids.next(), roomId, room.isDirect(), userId, "seeded message " + i, null,
                    List.of(), null, clock.instant(), null);
            store.messageLog().appendAsync(append).whenComplete((posted, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                }
                window.release();
            });
        }
        window.acquire(WINDOW);
        if (failure.get() != null) {
            throw new IllegalStateException("seeding stopped after " + stored.sum() + " messages: "
                    + failure.get().getMessage(), failure.get());
        }
        return stored.sum();
    }
}
