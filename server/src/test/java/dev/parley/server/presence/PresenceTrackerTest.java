package dev.parley.server.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.parley.core.event.Event;
import dev.parley.core.event.LocalEventBus;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class PresenceTrackerTest {
    @Test
    void a_session_closing_after_the_node_stopped_its_timer_is_dropped_quietly() {
        var timer = Executors.newSingleThreadScheduledExecutor();
        List<Event> published = new CopyOnWriteArrayList<>();
        try (var bus = new LocalEventBus()) {
            bus.subscribe(published::add);
            var tracker = new PresenceTracker(bus, PresenceRegistry.singleNode(), timer);
            tracker.connected("ana", Set.of());
            timer.shutdownNow();

            assertThatCode(() -> tracker.disconnected("ana", Set.of())).doesNotThrowAnyException();
        }
        assertThat(published).hasSize(1);
    }
}
