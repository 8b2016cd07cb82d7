package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.change.RoomPosition;
import dev.parley.core.event.Event;
import dev.parley.core.message.Message;
import dev.parley.core.message.Reaction;
import dev.parley.core.room.Room;
import dev.parley.core.user.User;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The rooms' change logs: dense numbers per room taken in the changing transaction, kept and read back in order. */
public abstract class ChangeRepositoryContract extends StoreContract {

    @Test
    void a_rooms_changes_are_numbered_one_two_three_with_the_rooms_last_seq_at_the_time() {
        User owner = data().user();
        Room room = data().group(owner);
        data().post(room, owner, "one");

        RoomPosition first = store().transaction(repos -> repos.changes().next(room.id())).orElseThrow();
        data().post(room, owner, "two");
        RoomPosition second = store().transaction(repos -> repos.changes().next(room.id())).orElseThrow();

        assertThat(first).isEqualTo(new RoomPosition(1, 1));
        assertThat(second).isEqualTo(new RoomPosition(2, 2));
        assertThat(position(room.id())).contains(new RoomPosition(2, 2));
        Room now = store().read(repos -> repos.rooms().find(room.id())).orElseThrow();
        assertThat(now.lastChange()).isEqualTo(2);
    }

    @Test
    void a_kept_change_reads_back_equal_and_in_order_after_a_position() {
        User owner = data().user();
        Room room = data().group(owner);
        Message message = data().post(room, owner, "hi");
        List<Event.RoomChange> kept = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            kept.add(store().transaction(repos -> {
                long change = repos.changes().next(room.id()).orElseThrow().lastChange();
                Event.RoomChange event = n == 1
                        ? new Event.ReactionChanged(room.id(), 1, message.id(), owner.id(), "👍", true,
                                List.of(new Reaction("👍", 1, List.of(owner.id()))), change)
                        : new Event.MessageEdited(message, 1, change);
                repos.changes().append(event);
                return event;
            }));
        }

        assertThat(after(room.id(), 0, 10)).containsExactlyElementsOf(kept);
        assertThat(after(room.id(), 1, 1)).containsExactly(kept.get(1));
        assertThat(after(room.id(), 3, 10)).isEmpty();
    }

    @Test
    void a_room_that_does_not_exist_has_no_position_and_a_deleted_rooms_log_goes_with_it() {
        User owner = data().user();
        Room room = data().group(owner);
        store().transaction(repos -> {
            long change = repos.changes().next(room.id()).orElseThrow().lastChange();
            repos.changes().append(new Event.MemberRemoved(room.id(), 0, owner.id(), change));
            return null;
        });

        store().transaction(repos -> {
            repos.rooms().delete(room.id());
            return null;
        });

        assertThat(next(UUID.randomUUID())).isEmpty();
        assertThat(position(room.id())).isEmpty();
        assertThat(after(room.id(), 0, 10)).isEmpty();
    }

    @Test
    void concurrent_changes_to_one_room_take_every_number_once() throws Exception {
        User owner = data().user();
        Room room = data().group(owner);
        List<Long> taken = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        taken.add(store().transaction(repos -> {
                            long change = repos.changes().next(room.id()).orElseThrow().lastChange();
                            repos.changes().append(new Event.MemberRemoved(room.id(), 0, owner.id(), change));
                            return change;
                        }));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        }

        assertThat(taken).containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(1, 40).boxed()
                .toList());
        assertThat(after(room.id(), 0, 100))
                .extracting(Event.RoomChange::change).containsExactlyElementsOf(
                        java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList());
    }

    @Test
    void pruning_keeps_the_last_changes_of_a_room_and_leaves_short_logs_alone() {
        User owner = data().user();
        Room longLog = data().group(owner);
        Room shortLog = data().group(owner);
        for (int i = 0; i < 5; i++) {
            change(longLog, owner);
        }
        change(shortLog, owner);
        change(shortLog, owner);

        assertThat(longerThan(2)).contains(longLog.id()).doesNotContain(shortLog.id());
        int pruned = store().transaction(repos -> repos.changes().prune(longLog.id(), 2)
                + repos.changes().prune(shortLog.id(), 2));

        assertThat(pruned).isEqualTo(3);
        assertThat(after(longLog.id(), 0, 10)).extracting(Event.RoomChange::change).containsExactly(4L, 5L);
        assertThat(after(shortLog.id(), 0, 10)).extracting(Event.RoomChange::change).containsExactly(1L, 2L);
        assertThat(longerThan(2)).doesNotContain(longLog.id(), shortLog.id());
        assertThat(position(longLog.id())).as("the room's position does not move").contains(new RoomPosition(0, 5));
    }

    private void change(Room room, User owner) {
        store().transaction(repos -> {
            long change = repos.changes().next(room.id()).orElseThrow().lastChange();
            repos.changes().append(new Event.MemberRemoved(room.id(), 0, owner.id(), change));
            return null;
        });
    }

    private List<UUID> longerThan(int keep) {
        return store().read(repos -> repos.changes().longerThan(keep, 100_000));
    }

    private java.util.Optional<RoomPosition> next(UUID roomId) {
        return store().transaction(repos -> repos.changes().next(roomId));
    }

    private java.util.Optional<RoomPosition> position(UUID roomId) {
        return store().read(repos -> repos.changes().position(roomId));
    }

    private List<Event.RoomChange> after(UUID roomId, long afterChange, int limit) {
        return store().read(repos -> repos.changes().after(roomId, afterChange, limit));
    }
}
