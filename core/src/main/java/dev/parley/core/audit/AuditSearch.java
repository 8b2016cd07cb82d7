package dev.parley.core.audit;

import java.time.Instant;

/** What an admin searches the audit log by; every field optional. */
public record AuditSearch(String actorId, String action, Instant from, Instant to) {
}
