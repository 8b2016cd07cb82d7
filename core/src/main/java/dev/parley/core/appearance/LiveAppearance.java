package dev.parley.core.appearance;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The appearance settings this node serves now. They start empty (version 0: the config file's
 * theme and features) or as stored, and move only forward: a change made on any node is offered
 * with its version, and an older version than the one held is ignored.
 */
public final class LiveAppearance {
    /** The stored settings by client type and the version they came from (0: none stored). */
    public record Versioned(long version, Map<String, AppearanceSettings> byClientType) {
        public Versioned {
            byClientType = Map.copyOf(byClientType);
        }

        /** The settings of {@code clientType}; none when an admin stored none. */
        public AppearanceSettings of(String clientType) {
            return byClientType.getOrDefault(clientType, AppearanceSettings.NONE);
        }
    }

    private final AtomicReference<Versioned> current = new AtomicReference<>(new Versioned(0, Map.of()));

    public Versioned versioned() {
        return current.get();
    }

    /** Takes {@code byClientType} unless a newer version is held already; true when taken. */
    public boolean offer(long version, Map<String, AppearanceSettings> byClientType) {
        Versioned offered = new Versioned(version, byClientType);
        Versioned before = current.getAndAccumulate(offered, (held, next) -> next.version() > held.version() ? next : held);
        return version > before.version();
    }
}
