package dev.parley.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.auth.Actor;
import dev.parley.core.event.Event;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Units of work publish what they recorded after their commit, and nothing when they fail. */
class TransactorTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();
    private final Actor ana = parley.user("ana");
    private final Actor bob = parley.user("bob");

    @Test
    void a_unit_of_work_that_throws_publishes_nothing_and_leaves_nothing_behind() {
        RoomSummary room = parley.group(ana, bob);
        UUID roomId = room.room().id();
        parley.events().take();

        assertThatThrownBy(() -> parley.transactor().write(unit -> {
            unit.members().setRole(roomId, bob.userId(), MemberRole.MODERATOR);
            unit.record(new Event.RoomUpdated(room.room()));
            throw new IllegalStateException("fails after recording");
        })).hasMessage("fails after recording");

        assertThat(parley.events().take()).isEmpty();
        assertThat(parley.store().read(repos -> repos.members().find(roomId, bob.userId())).orElseThrow().role())
                .isEqualTo(MemberRole.MEMBER);
    }

    @Test
    void recorded_events_are_published_after_the_commit_in_the_order_recorded() {
        RoomSummary room = parley.group(ana, bob);
        UUID roomId = room.room().id();
        parley.events().take();
        boolean[] visibleWhenPublished = new boolean[1];
        parley.bus().subscribe(event -> visibleWhenPublished[0] = parley.store().read(repos -> repos.members()
                .find(roomId, bob.userId())).orElseThrow().role() == MemberRole.MODERATOR);

        parley.transactor().write(unit -> {
            unit.members().setRole(roomId, bob.userId(), MemberRole.MODERATOR);
            unit.record(new Event.Typing(roomId, 0, "first"));
            unit.record(new Event.Typing(roomId, 0, "second"));
            return null;
        });

        assertThat(parley.events().take()).containsExactly(new Event.Typing(roomId, 0, "first"),
                new Event.Typing(roomId, 0, "second"));
        assertThat(visibleWhenPublished[0]).isTrue();
    }
}
