package dev.parley.core.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The in-process bus of a single node: delivers synchronously, in publish order. */
public final class LocalEventBus implements EventBus {
    private static final Logger LOG = LoggerFactory.getLogger(LocalEventBus.class);
    private final List<Consumer<Event>> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Event event) {
        for (Consumer<Event> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.error("event subscriber failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }

    @Override
    public void subscribe(Consumer<Event> subscriber) {
        subscribers.add(subscriber);
    }
}
