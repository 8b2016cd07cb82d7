package dev.parley.core.user;

/** The result of an idempotent create: the thing, whether this call created it, and whether it changed anything. */
public record Upserted<T>(T value, boolean created, boolean changed) {
    /** A creation or a change. */
    public Upserted(T value, boolean created) {
        this(value, created, true);
    }
}
