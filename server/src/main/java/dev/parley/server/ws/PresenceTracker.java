package dev.parley.server.ws;

import dev.parley.core.event.Event;
import dev.parley.core.event.EventBus;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Online while a user has at least one session on this node; offline {@link #GRACE} after the
 * last one closes, unless a session opens again meanwhile (a page reload does not flap).
 */
final class PresenceTracker {
    static final Duration GRACE = Duration.ofSeconds(5);

    private final EventBus bus;
    private final ScheduledExecutorService timer;
    private final Map<String, Integer> sessions = new HashMap<>();
    private final Map<String, ScheduledFuture<?>> goingOffline = new HashMap<>();
    private final Map<String, Set<UUID>> lastRooms = new ConcurrentHashMap<>();

    PresenceTracker(EventBus bus, ScheduledExecutorService timer) {
        this.bus = bus;
        this.timer = timer;
    }

    void connected(String userId) {
        boolean announce;
        synchronized (this) {
            int count = sessions.merge(userId, 1, Integer::sum);
            ScheduledFuture<?> pending = goingOffline.remove(userId);
            boolean wasInGrace = pending != null && pending.cancel(false);
            announce = count == 1 && !wasInGrace;
        }
        if (announce) {
            bus.publish(new Event.PresenceChanged(userId, true));
        }
    }

    /** @param rooms the rooms of the closing session, to tell their members when the user goes offline */
    synchronized void disconnected(String userId, Set<UUID> rooms) {
        Integer count = sessions.computeIfPresent(userId, (user, n) -> n == 1 ? null : n - 1);
        if (count == null) {
            lastRooms.put(userId, Set.copyOf(rooms));
            goingOffline.put(userId, timer.schedule(() -> goOffline(userId), GRACE.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    /** The rooms a user who just went offline was in; forgotten once asked. */
    Set<UUID> takeLastRooms(String userId) {
        Set<UUID> rooms = lastRooms.remove(userId);
        return rooms == null ? Set.of() : rooms;
    }

    private void goOffline(String userId) {
        synchronized (this) {
            if (goingOffline.remove(userId) == null || sessions.containsKey(userId)) {
                return;
            }
        }
        bus.publish(new Event.PresenceChanged(userId, false));
    }
}
