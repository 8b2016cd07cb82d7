package dev.parley.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.change.RoomPosition;
import dev.parley.core.event.Event;
import dev.parley.core.message.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What one session is given after a {@code sync}: a client that reconnects to another node says
 * what it holds, and that node's fan-out may still be on its way with events the client got from
 * its old node — those must not reach it twice.
 */
class DeliveryLedgerTest {
    private final UUID room = UUID.randomUUID();
    private final List<String> written = new ArrayList<>();
    private final Outbox outbox = new Outbox(new FrameSink() {
        @Override
        public void write(String frame) {
            written.add(frame);
        }

        @Override
        public void write(String frame, Runnable done, Consumer<Throwable> failed) {
            written.add(frame);
            done.run();
        }

        @Override
        public void end(Ending ending, String reason) {
            written.add("end " + ending);
        }
    }, 64, Runnable::run);
    private final DeliveryLedger ledger = new DeliveryLedger(outbox, event -> describe(event),
            (ref, message) -> "ack " + message.seq(), () -> "bob");

    @Test
    void after_a_sync_with_nothing_to_replay_a_late_live_change_or_message_the_client_holds_is_not_given_again() throws Exception {
        // The client holds seq 7 and change 4, the room is at the same place: the replay is empty.
        ledger.holdAll();
        ledger.replay(room, List.of(), new RoomPosition(7, 4));
        ledger.releaseAll();

        ledger.deliver(Delivery.of(edited(3, 7, 4)));
        ledger.deliver(Delivery.of(posted(7)));
        ledger.deliver(Delivery.of(posted(8)));
        ledger.deliver(Delivery.of(edited(8, 8, 5)));

        assertThat(written).containsExactly("new 8", "edited 5");
    }

    @Test
    void live_events_held_during_a_replay_come_after_it_and_those_it_covered_are_dropped() throws Exception {
        ledger.holdAll();
        ledger.deliver(Delivery.of(posted(6)));
        ledger.deliver(Delivery.of(posted(7)));
        ledger.replay(room, List.of(DeliveryLedger.Replayed.message(5, "new 5"), DeliveryLedger.Replayed.message(6,
                "new 6"), DeliveryLedger.Replayed.change(4, "edited 4")), new RoomPosition(6, 4));
        ledger.deliver(Delivery.of(edited(5, 6, 4)));
        ledger.releaseAll();

        assertThat(written).containsExactly("new 5", "new 6", "edited 4", "new 7");
    }

    @Test
    void messages_given_live_before_the_sync_are_not_replayed_and_the_rest_follows_in_order() throws Exception {
        ledger.deliver(Delivery.of(posted(9)));
        ledger.holdAll();
        ledger.replay(room, List.of(DeliveryLedger.Replayed.message(8, "new 8"), DeliveryLedger.Replayed.message(9,
                "new 9")), new RoomPosition(9, 0));
        ledger.releaseAll();
        ledger.deliver(Delivery.of(posted(9)));
        ledger.deliver(Delivery.of(posted(10)));

        assertThat(written).containsExactly("new 9", "new 8", "new 10");
    }

    private static String describe(Event event) {
        return switch (event) {
            case Event.MessagePosted posted -> "new " + posted.message().seq();
            case Event.MessageEdited edited -> "edited " + edited.change();
            default -> event.getClass().getSimpleName();
        };
    }

    private Event.MessagePosted posted(long seq) {
        return new Event.MessagePosted(message(seq));
    }

    private Event.MessageEdited edited(long seq, long lastSeq, long change) {
        return new Event.MessageEdited(message(seq), lastSeq, change);
    }

    private Message message(long seq) {
        return new Message(new UUID(0, seq), room, seq, "ana", "m" + seq, null, List.of(), null, Instant.EPOCH, null,
                null, List.of());
    }
}
