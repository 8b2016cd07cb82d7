package dev.parley.core.grant;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The grants this node enforces now. They start as the config file's defaults (version 0) or
 * the stored document, and move only forward: a change made on any node is offered with its
 * version, and an older version than the one held is ignored.
 */
public final class LiveGrants {
    /** Grants and the stored version they came from (0: the config file's defaults, never stored). */
    public record Versioned(long version, Grants grants) {
    }

    private final AtomicReference<Versioned> current;

    public LiveGrants(Grants defaults) {
        this.current = new AtomicReference<>(new Versioned(0, defaults));
    }

    /** Fixed grants, for tests and tools that never change them. */
    public static LiveGrants of(Grants grants) {
        return new LiveGrants(grants);
    }

    public Grants current() {
        return current.get().grants();
    }

    public Versioned versioned() {
        return current.get();
    }

    /** Takes {@code grants} unless a newer version is held already; true when taken. */
    public boolean offer(long version, Grants grants) {
        Versioned offered = new Versioned(version, grants);
        Versioned before = current.getAndAccumulate(offered, (held, next) -> next.version() > held.version() ? next : held);
        return version > before.version();
    }
}
