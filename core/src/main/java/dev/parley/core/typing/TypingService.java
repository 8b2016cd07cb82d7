package dev.parley.core.typing;

import static dev.parley.core.room.RoomAccess.accessRoomAsMember;

import dev.parley.core.auth.Actor;
import dev.parley.core.event.Event;
import dev.parley.core.id.Uuids;
import dev.parley.core.store.Transactor;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * "X is typing": relayed to the room's other members at most once per {@link #RELAY_INTERVAL}
 * per user and room (more is dropped silently), shown for {@link #EXPIRES} by clients, never
 * stored.
 */
public final class TypingService {
    public static final Duration RELAY_INTERVAL = Duration.ofSeconds(2);
    public static final Duration EXPIRES = Duration.ofSeconds(5);
    private static final int PRUNE_ABOVE = 10_000;

    private final Transactor store;
    private final LongSupplier nanoTime;
    private final Map<String, Long> lastRelayed = new ConcurrentHashMap<>();

    public TypingService(Transactor store, LongSupplier nanoTime) {
        this.store = store;
        this.nanoTime = nanoTime;
    }

    /** Relays that {@code actor} types in the room, unless they did so less than 2 s ago. */
    public void typing(Actor actor, String roomId) {
        UUID room = Uuids.parse("roomId", roomId);
        // The rate limit first: a flood costs no database reads.
        if (!claimRelay(actor.userId() + " " + room)) {
            return;
        }
        long lastSeq = store.read(repos -> accessRoomAsMember(repos, actor, room).room().lastSeq());
        store.announce(new Event.Typing(room, lastSeq, actor.userId()));
    }

    private boolean claimRelay(String key) {
        long now = nanoTime.getAsLong();
        boolean[] claimed = new boolean[1];
        lastRelayed.compute(key, (k, last) -> {
            if (last != null && now - last < RELAY_INTERVAL.toNanos()) {
                return last;
            }
            claimed[0] = true;
            return now;
        });
        if (lastRelayed.size() > PRUNE_ABOVE) {
            lastRelayed.values().removeIf(last -> now - last >= RELAY_INTERVAL.toNanos());
        }
        return claimed[0];
    }
}
