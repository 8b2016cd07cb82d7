package dev.parley.server.presence;

import dev.parley.core.event.Event;
import dev.parley.core.event.EventBus;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's side of presence: a user is here while they have at least one session on this
 * node, and gone {@link #GRACE} after the last one closes unless a session opens again
 * meanwhile (a page reload does not flap). Arrivals and departures go to the
 * {@link PresenceRegistry}, which says whether the user's state changed for everyone; when it
 * did, a {@code PresenceChanged} is published to the members of the user's rooms.
 */
public final class PresenceTracker {
    static final Duration GRACE = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(PresenceTracker.class);

    private final EventBus bus;
    private final PresenceRegistry registry;
    private final ScheduledExecutorService timer;
    private final Map<String, Integer> sessions = new HashMap<>();
    private final Map<String, ScheduledFuture<?>> goingOffline = new HashMap<>();

    public PresenceTracker(EventBus bus, PresenceRegistry registry, ScheduledExecutorService timer) {
        this.bus = bus;
        this.registry = registry;
        this.timer = timer;
    }

    /** @param rooms the rooms of the new session, whose members are told when the user comes online */
    public void connected(String userId, Set<UUID> rooms) {
        boolean arrived;
        synchronized (this) {
            int count = sessions.merge(userId, 1, Integer::sum);
            ScheduledFuture<?> pending = goingOffline.remove(userId);
            boolean wasInGrace = pending != null && pending.cancel(false);
            arrived = count == 1 && !wasInGrace;
        }
        if (arrived && changed(() -> registry.arrived(userId), userId)) {
            bus.publish(new Event.PresenceChanged(userId, true, Set.copyOf(rooms)));
        }
    }

    /** @param rooms the rooms of the closing session, whose members are told when the user goes offline */
    public synchronized void disconnected(String userId, Set<UUID> rooms) {
        Integer count = sessions.computeIfPresent(userId, (user, n) -> n == 1 ? null : n - 1);
        if (count == null) {
            Set<UUID> last = Set.copyOf(rooms);
            goingOffline.put(userId, timer.schedule(() -> goOffline(userId, last), GRACE.toMillis(),
                    TimeUnit.MILLISECONDS));
        }
    }

    private void goOffline(String userId, Set<UUID> rooms) {
        synchronized (this) {
            if (goingOffline.remove(userId) == null || sessions.containsKey(userId)) {
                return;
            }
        }
        if (changed(() -> registry.departed(userId), userId)) {
            bus.publish(new Event.PresenceChanged(userId, false, rooms));
        }
    }

    /** A registry that cannot be reached changes nothing now (a cluster registry reasserts itself later). */
    private static boolean changed(java.util.function.BooleanSupplier registryCall, String userId) {
        try {
            return registryCall.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.warn("presence of {} not recorded: {}", userId, e.getMessage());
            return false;
        }
    }
}
