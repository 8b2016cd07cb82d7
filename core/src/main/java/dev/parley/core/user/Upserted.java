package dev.parley.core.user;

/** The result of an idempotent create: the thing, and whether this call created it. */
public record Upserted<T>(T value, boolean created) {
}
