package dev.parley.core.testing;

import dev.parley.core.event.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A bus subscriber that keeps what it hears, in order, for tests to take and inspect. */
public final class RecordedEvents implements Consumer<Event> {
    private final List<Event> heard = new ArrayList<>();

    @Override
    public synchronized void accept(Event event) {
        heard.add(event);
    }

    /** Everything heard since the last take, in publish order; forgets it. */
    public synchronized List<Event> take() {
        List<Event> taken = List.copyOf(heard);
        heard.clear();
        return taken;
    }

    /** The events of one type among those heard since the last take; forgets them all. */
    public <E extends Event> List<E> take(Class<E> type) {
        return take().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
