package dev.parley.core.event;

import java.util.function.Consumer;

/** Carries events from the node that caused them to every node's subscribers. */
public interface EventBus extends AutoCloseable {
    void publish(Event event);

    /** Registers a subscriber; it must not block (hand work to its own queue). */
    void subscribe(Consumer<Event> subscriber);

    @Override
    default void close() {
    }
}
