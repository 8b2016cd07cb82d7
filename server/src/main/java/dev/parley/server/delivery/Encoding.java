package dev.parley.server.delivery;

import dev.parley.core.event.Event;

/** A transport's wire format for the events it delivers (room events and presence). */
@FunctionalInterface
public interface Encoding<T> {
    T encode(Event event);
}
