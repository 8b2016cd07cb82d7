package dev.parley.core.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One admin or moderation action, or grant change: who ({@code actorId}), what
 * ({@code action}, e.g. {@code grants.replace}), on what ({@code targetType} and
 * {@code targetId}), when, and the state before and after in words (null where none).
 * Written in the transaction of the action; never changed nor deleted.
 */
public record AuditEntry(UUID id, Instant at, String actorId, String action, String targetType, String targetId,
        String before, String after) {
}
