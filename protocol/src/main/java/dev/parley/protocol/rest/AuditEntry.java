package dev.parley.protocol.rest;

import java.time.Instant;
import java.util.UUID;

/**
 * An entry of the audit log ({@code GET /v1/admin/audit}): who ({@code actorId}; {@code (api
 * secret)} for the API secret) did {@code action} (e.g. {@code grants.replace}) to the target,
 * when, and the state before and after in words (omitted where none).
 */
public record AuditEntry(UUID id, Instant at, String actorId, String action, String targetType, String targetId,
        String before, String after) {
}
