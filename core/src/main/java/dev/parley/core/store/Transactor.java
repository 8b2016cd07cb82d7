package dev.parley.core.store;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.event.EventBus;
import dev.parley.core.message.Message;
import dev.parley.core.message.MessageLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way core services change state and tell the world: a unit of work runs in one
 * transaction on the {@link Store}; the events it recorded are published to the
 * {@link EventBus} after the commit. Messages take the faster path through the
 * {@link MessageLog}, whose commits are published here too: every stored message becomes a
 * {@link Event.MessagePosted}, in commit order.
 */
public final class Transactor {
    private final Store store;
    private final EventBus bus;
    private final List<Consumer<List<Message>>> storedObservers = new CopyOnWriteArrayList<>();
    private final List<BeforeCommit> beforeCommit = new CopyOnWriteArrayList<>();

    /** A step run inside every writing transaction with the events it recorded, before the commit. */
    @FunctionalInterface
    public interface BeforeCommit {
        void beforeCommit(Repositories repositories, List<Event> events);
    }

    public Transactor(Store store, EventBus bus) {
        this.store = store;
        this.bus = bus;
        store.messageLog().onCommitted(this::stored);
        store.messageLog().beforeCommit((repositories, messages) -> runBeforeCommit(repositories,
                messages.stream().<Event>map(Event.MessagePosted::new).toList()));
    }

    /**
     * Adds a step that runs inside each writing transaction — units of work and message
     * batches alike — with the events it will publish (the webhook outbox).
     */
    public void beforeCommit(BeforeCommit step) {
        beforeCommit.add(step);
    }

    /** Registers an observer of each batch of newly stored messages (metrics); it must not block. */
    public void observeStoredMessages(Consumer<List<Message>> observer) {
        storedObservers.add(observer);
    }

    /** Runs {@code work} in one transaction; publishes what it recorded once it committed. */
    public <T> T write(Function<UnitOfWork, T> work) {
        // A store may run the work again (a retried transaction): only the last attempt's events count.
        AtomicReference<UnitOfWork> committed = new AtomicReference<>();
        T result = store.transaction(repositories -> {
            UnitOfWork unit = new UnitOfWork(repositories);
            committed.set(unit);
            T value = work.apply(unit);
            runBeforeCommit(repositories, unit.recorded());
            return value;
        });
        publish(committed.get().recorded());
        return result;
    }

    /** Runs read-only {@code work}. */
    public <T> T read(Function<Repositories, T> work) {
        return store.read(work);
    }

    /** The durable, group-committing log that messages are appended to. */
    public MessageLog messageLog() {
        return store.messageLog();
    }

    /** Publishes an event that nothing is stored for (typing): it happens now or not at all. */
    public void announce(Event event) {
        bus.publish(event);
    }

    /**
     * Refuses, retryably, a write whose events could not reach the other nodes now: the
     * clients there would be left behind. Called before anything is stored.
     */
    public void requireDelivery() {
        if (!bus.available()) {
            throw new ParleyException(ErrorCode.UNAVAILABLE,
                    "the cluster's event bus is unreachable; nothing was stored, retry shortly");
        }
    }

    private void runBeforeCommit(Repositories repositories, List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        for (BeforeCommit step : beforeCommit) {
            step.beforeCommit(repositories, events);
        }
    }

    private void stored(List<Message> messages) {
        messages.forEach(message -> bus.publish(new Event.MessagePosted(message)));
        storedObservers.forEach(observer -> observer.accept(messages));
    }

    private void publish(List<Event> events) {
        events.forEach(bus::publish);
    }
}
