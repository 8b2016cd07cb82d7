package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.store.DuplicateKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Slow mode's storage: the room's setting and each member's last turn, taken once per interval even when raced. */
public abstract class SlowModeContract extends StoreContract {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void a_rooms_slow_mode_is_set_read_back_and_turned_off() {
        var owner = data().user();
        var room = data().group(owner);
        Instant at = TestData.now();
        store().transaction(repos -> {
            repos.rooms().setSlowMode(room.id(), 30, at);
            return null;
        });
        var stored = store().read(repos -> repos.rooms().find(room.id())).orElseThrow();
        assertThat(stored.slowModeSeconds()).isEqualTo(30);
        assertThat(stored.updatedAt()).isEqualTo(at);
        store().transaction(repos -> {
            repos.rooms().setSlowMode(room.id(), 0, at);
            return null;
        });
        assertThat(store().read(repos -> repos.rooms().find(room.id())).orElseThrow().slowModeSeconds()).isZero();
    }

    @Test
    void a_member_takes_one_turn_per_interval_and_a_refusal_says_when_the_last_was() {
        var owner = data().user();
        var ana = data().user();
        var room = data().group(owner, ana);
        Instant now = TestData.now();
        assertThat(take(room.id(), ana.id(), now)).isEmpty();
        assertThat(take(room.id(), ana.id(), now.plusSeconds(59))).contains(now);
        assertThat(take(room.id(), owner.id(), now.plusSeconds(59))).isEmpty();
        assertThat(take(room.id(), ana.id(), now.plusSeconds(60))).isEmpty();
        assertThat(take(room.id(), ana.id(), now.plusSeconds(61))).contains(now.plusSeconds(60));
    }

    @Test
    void of_sends_racing_for_a_turn_exactly_one_takes_it() throws Exception {
        var owner = data().user();
        var ana = data().user();
        var room = data().group(owner, ana);
        Instant first = TestData.now();
        assertThat(race(room.id(), ana.id(), first)).as("the first turn (an insert)").isEqualTo(1);
        assertThat(race(room.id(), ana.id(), first.plusSeconds(60))).as("a later turn (an update)").isEqualTo(1);
    }

    /** Eight transactions take the member's turn at once; answers how many succeeded. */
    private int race(UUID roomId, String userId, Instant now) throws Exception {
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return take(roomId, userId, now).isEmpty();
                    } catch (DuplicateKeyException lostTheFirstTurn) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int taken = 0;
            for (Future<Boolean> outcome : outcomes) {
                taken += outcome.get() ? 1 : 0;
            }
            return taken;
        } finally {
            pool.shutdownNow();
        }
    }

    private Optional<Instant> take(UUID roomId, String userId, Instant now) {
        return store().transaction(repos -> repos.rooms().takeSlowModeTurn(roomId, userId, now, MINUTE));
    }
}
