package dev.parley.core.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * A search of the audit log: any of actor, action and time range (from inclusive, to
 * exclusive), newest first, {@code limit} entries older than the entry {@code beforeId} (a
 * page's position: the entries' ids grow with time).
 */
public record AuditQuery(String actorId, String action, Instant from, Instant to, UUID beforeId, int limit) {
}
