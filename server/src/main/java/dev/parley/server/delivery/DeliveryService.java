package dev.parley.server.delivery;

import dev.parley.core.auth.AuthService;
import dev.parley.core.change.RoomPosition;
import dev.parley.core.event.EventBus;
import dev.parley.server.ops.ParleyMetrics;
import dev.parley.server.presence.PresenceRegistry;
import dev.parley.server.presence.PresenceTracker;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * This node's delivery: the registry of recipients, the fan-out that feeds them from the bus,
 * the writer threads that drain their outboxes, presence, and the sweep that ends connections
 * whose token expired. Transports (the native WebSocket, Socket.IO, …) attach their
 * authenticated connections here as {@link Recipient}s and know nothing of the fan-out.
 */
public final class DeliveryService implements AutoCloseable {
    /** How long the fan-out waits for a missing seq from the bus before reading it from the database. */
    public static final Duration GAP_WAIT = Duration.ofMillis(50);
    private static final Duration EXPIRY_SWEEP = Duration.ofSeconds(30);

    private final Recipients registry = new Recipients();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("parley-delivery-timer").daemon().factory());
    /** Writes outboxes to connections, in parallel with the fan-out thread that fills them. */
    private final ExecutorService writers = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name("parley-writer-", 0).daemon().factory());
    private final Fanout fanout;
    private final PresenceTracker presence;
    private final PresenceRegistry online;

    public DeliveryService(EventBus bus, RoomOrder.Missed missed, PresenceRegistry online, ParleyMetrics metrics) {
        this.online = online;
        this.presence = new PresenceTracker(bus, online, timer);
        this.fanout = new Fanout(registry, missed, GAP_WAIT.toNanos(), metrics::deliveries);
        bus.subscribe(fanout::accept);
        bus.onResumed(fanout::resumed);
        metrics.gauge("parley.ws.sessions", "open real-time sessions on this node", registry::size);
        timer.scheduleWithFixedDelay(this::endExpired, EXPIRY_SWEEP.toSeconds(), EXPIRY_SWEEP.toSeconds(),
                TimeUnit.SECONDS);
    }

    /** The threads that write outboxes to connections. */
    public ExecutorService writers() {
        return writers;
    }

    /** Runs {@code task} once after {@code delay} on the delivery timer. */
    public void schedule(Runnable task, Duration delay) {
        timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Step 1 of attaching an authenticated connection: it hears membership changes from now on.
     * Read its rooms after this call, then hand them to {@link #loaded}.
     */
    public void register(Recipient recipient) {
        registry.register(recipient);
    }

    /** Step 2: the recipient's rooms with the positions read, so the fan-out orders them from no later a one. */
    public void loaded(Recipient recipient, Map<UUID, RoomPosition> positions) {
        fanout.track(positions);
        registry.loaded(recipient, positions.keySet());
    }

    /** Step 3: the user is online here; the members of their rooms are told if that is news. */
    public void announce(Recipient recipient) {
        presence.connected(recipient.userId(), recipient.rooms());
    }

    /** Of {@code userIds}, those online anywhere in the cluster. */
    public Set<String> online(Collection<String> userIds) {
        return online.online(userIds);
    }

    /** The real-time sessions (WebSocket and Socket.IO) open on this node now. */
    public int sessions() {
        return registry.size();
    }

    /** The connection closed: no more deliveries; the user goes offline after the grace period. */
    public void detach(Recipient recipient) {
        Set<UUID> lastRooms = Set.copyOf(recipient.rooms());
        registry.unregister(recipient);
        presence.disconnected(recipient.userId(), lastRooms);
    }

    private void endExpired() {
        Instant cutoff = Instant.now().minusSeconds(AuthService.CLOCK_SKEW_SECONDS);
        for (var recipients : registry.all()) {
            for (Recipient recipient : recipients) {
                if (recipient.credential().expiresAt().isBefore(cutoff)) {
                    recipient.end(Ending.UNAUTHENTICATED, "token expired");
                }
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        fanout.close();
        writers.shutdown();
    }
}
