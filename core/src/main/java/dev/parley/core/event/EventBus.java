package dev.parley.core.event;

import java.util.function.Consumer;

/**
 * Carries events from the node that caused them to every node's subscribers. A node's own
 * events reach its subscribers at once and in publish order; other nodes' events may come
 * late, out of seq order, twice or — when the bus lost its connection — not at all, which
 * subscribers repair from the store (see {@link #onResumed}).
 */
public interface EventBus extends AutoCloseable {
    void publish(Event event);

    /** Registers a subscriber; it must not block (hand work to its own queue). */
    void subscribe(Consumer<Event> subscriber);

    /**
     * Whether events published now reach the other nodes. While not, writes are refused
     * (a write whose event could not be carried would leave other nodes' clients behind).
     */
    default boolean available() {
        return true;
    }

    /**
     * Registers a listener told when the bus carries events again after it may have lost
     * some (a reconnect, here or on another node): subscribers catch up from the store.
     */
    default void onResumed(Runnable listener) {
    }

    @Override
    default void close() {
    }
}
