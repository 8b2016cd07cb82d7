package dev.parley.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.change.RoomPosition;
import dev.parley.core.change.RoomTail;
import dev.parley.core.event.Event;
import dev.parley.core.message.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The fan-out's per-room ordering: repeats dropped, late seqs and changes put back in place,
 * gaps read from the database, deleted rooms told.
 */
class RoomOrderTest {
    private static final long WAIT = 1_000;
    private final UUID room = UUID.randomUUID();
    private final List<Message> database = new ArrayList<>();
    private final List<Event.RoomChange> changes = new ArrayList<>();
    private final List<Long> reads = new ArrayList<>();
    private boolean roomDeleted;
    private final RoomOrder order = new RoomOrder(new TailOnly() {
        @Override
        public RoomTail after(UUID roomId, RoomPosition from, int limit) {
            reads.add(from.lastSeq());
            return RoomTail.merge(from, database.stream().filter(m -> m.seq() > from.lastSeq()).limit(limit).toList(),
                    changes.stream().filter(c -> c.change() > from.lastChange()).limit(limit).toList(), limit);
        }

        @Override
        public Optional<RoomPosition> position(UUID roomId) {
            return roomDeleted ? Optional.empty() : Optional.of(new RoomPosition(database.size(), changes.size()));
        }
    }, WAIT);
    private final List<Event.RoomEvent> delivered = new ArrayList<>();

    @Test
    void in_order_messages_pass_and_repeats_are_dropped() {
        order.track(room, new RoomPosition(0, 0));
        accept(posted(1), 0);
        accept(posted(2), 0);
        accept(posted(2), 0);
        accept(posted(1), 0);

        assertThat(seqs()).containsExactly(1L, 2L);
    }

    @Test
    void a_late_lower_seq_goes_first_without_reading_the_database() {
        order.track(room, new RoomPosition(4, 0));
        accept(posted(6), 0);
        accept(posted(7), 0);
        assertThat(delivered).isEmpty();

        accept(posted(5), 10);

        assertThat(seqs()).containsExactly(5L, 6L, 7L);
        assertThat(reads).isEmpty();
        assertThat(order.nextDeadline()).isEqualTo(-1);
    }

    @Test
    void a_gap_that_outlasts_the_wait_is_filled_from_the_database_in_order() {
        order.track(room, new RoomPosition(0, 0));
        for (long seq = 1; seq <= 3; seq++) {
            database.add(message(seq));
        }
        accept(posted(3), 0);
        var edit = new Event.MessageEdited(message(3), 3, 1);
        changes.add(edit);
        accept(edit, 0);
        order.repairDue(WAIT - 1, delivered::add);
        assertThat(delivered).isEmpty();

        order.repairDue(WAIT, delivered::add);

        assertThat(seqs()).containsExactly(1L, 2L, 3L);
        assertThat(delivered.getLast()).isEqualTo(edit);
        assertThat(reads).containsExactly(0L);
    }

    @Test
    void other_events_wait_behind_a_gap_and_keep_their_order() {
        order.track(room, new RoomPosition(1, 0));
        accept(posted(3), 0);
        var typing = new Event.Typing(room, 3, "ana");
        accept(typing, 0);
        accept(posted(2), 0);

        assertThat(delivered).extracting(RoomOrderTest::describe).containsExactly("2", "3", "typing");
    }

    @Test
    void after_a_bus_outage_every_room_catches_up_with_the_database() {
        order.track(room, new RoomPosition(1, 0));
        for (long seq = 1; seq <= RoomOrder.REPAIR_PAGE + 5; seq++) {
            database.add(message(seq));
        }

        order.repairAll(delivered::add);

        assertThat(seqs()).hasSize(RoomOrder.REPAIR_PAGE + 4).startsWith(2L, 3L).endsWith((long) RoomOrder.REPAIR_PAGE + 5);
        accept(posted(3), 0);
        accept(posted(RoomOrder.REPAIR_PAGE + 6), 0);
        assertThat(seqs().getLast()).isEqualTo(RoomOrder.REPAIR_PAGE + 6);
    }

    @Test
    void an_untracked_room_starts_at_the_first_message_seen_and_forgotten_rooms_are_dropped() {
        accept(posted(9), 0);
        accept(posted(10), 0);
        assertThat(seqs()).containsExactly(9L, 10L);

        order.forgetAllBut(java.util.Set.of());
        assertThat(order.tracked()).isZero();
    }

    @Test
    void changes_are_ordered_by_their_number_and_a_lost_one_is_read_from_the_database() {
        order.track(room, new RoomPosition(0, 0));
        database.add(message(1));
        var edit = new Event.MessageEdited(message(1), 1, 1);
        var react = new Event.ReactionChanged(room, 1, message(1).id(), "bo", "👍", true, List.of(), 2);
        var rename = new Event.MemberRemoved(room, 1, "bo", 3);
        changes.addAll(List.of(edit, react, rename));
        accept(posted(1), 0);
        accept(edit, 0);
        accept(edit, 0);
        accept(rename, 0);
        assertThat(delivered).containsExactly(posted(1), edit);

        order.repairDue(WAIT, delivered::add);

        assertThat(delivered).containsExactly(posted(1), edit, react, rename);
        accept(react, 0);
        assertThat(delivered).hasSize(4);
    }

    @Test
    void after_a_bus_outage_lost_changes_are_replayed_and_a_deleted_room_is_told_deleted() {
        order.track(room, new RoomPosition(0, 0));
        database.add(message(1));
        changes.add(new Event.MessageDeleted(message(1), 1, 1));

        order.repairAll(delivered::add);
        assertThat(delivered).containsExactly(posted(1), changes.getFirst());

        roomDeleted = true;
        order.repairAll(delivered::add);
        assertThat(delivered.getLast()).isInstanceOfSatisfying(Event.RoomDeleted.class,
                deleted -> assertThat(deleted.roomId()).isEqualTo(room));
        assertThat(order.tracked()).isZero();
    }

    private void accept(Event.RoomEvent event, long now) {
        order.accept(event, now, delivered::add);
    }

    private List<Long> seqs() {
        return delivered.stream().filter(e -> e instanceof Event.MessagePosted)
                .map(e -> ((Event.MessagePosted) e).message().seq()).toList();
    }

    private static String describe(Event.RoomEvent event) {
        return event instanceof Event.MessagePosted posted ? Long.toString(posted.message().seq()) : "typing";
    }

    private Event.MessagePosted posted(long seq) {
        return new Event.MessagePosted(message(seq));
    }

    private Message message(long seq) {
        return new Message(new UUID(0, seq), room, seq, "ana", "m" + seq, null, List.of(), null, Instant.EPOCH, null,
                null, List.of());
    }
}
