package dev.parley.core.change;

import static dev.parley.core.testing.CoreServices.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.auth.Actor;
import dev.parley.core.event.Event;
import dev.parley.core.message.Message;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rooms' change logs are pruned to what a replay may still need. */
class ChangeLogPruningTest {
    private static final int REPLAY_LIMIT = 3;
    private static final int KEPT = REPLAY_LIMIT + ChangeLogPruning.MARGIN;

    @RegisterExtension
    final CoreServices parley = new CoreServices();
    private final Actor ana = parley.user("ana");
    private final RoomSummary busy = parley.group(ana);
    private final RoomSummary quiet = parley.group(ana);

    @Test
    void changes_beyond_the_replay_limit_and_its_margin_are_deleted_and_the_rest_kept_in_order() {
        Message message = parley.post(ana, busy, "hi");
        for (int i = 0; i < KEPT + 7; i++) {
            parley.messages().edit(ana, id(busy), message.id().toString(), "edit " + i);
        }
        parley.messages().edit(ana, id(quiet), parley.post(ana, quiet, "hi").id().toString(), "edited");
        long busyBefore = log(busy).size();
        long quietBefore = log(quiet).size();

        long pruned = new ChangeLogPruning(parley.transactor(), REPLAY_LIMIT).prune();

        List<Event.RoomChange> left = log(busy);
        assertThat(pruned).isEqualTo(busyBefore - KEPT);
        assertThat(left).hasSize(KEPT);
        long last = left.getLast().change();
        assertThat(left.getFirst().change()).isEqualTo(last - KEPT + 1);
        assertThat(log(quiet)).hasSize((int) quietBefore);
        assertThat(new ChangeLogPruning(parley.transactor(), REPLAY_LIMIT).prune()).as("nothing more to prune").isZero();
    }

    @Test
    void a_replay_limit_below_one_is_refused() {
        assertThatThrownBy(() -> new ChangeLogPruning(parley.transactor(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<Event.RoomChange> log(RoomSummary room) {
        UUID roomId = room.room().id();
        return parley.transactor().read(repos -> repos.changes().after(roomId, 0, Integer.MAX_VALUE));
    }
}
