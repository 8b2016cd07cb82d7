package dev.parley.core.testing;

import dev.parley.core.audit.AuditEntry;
import dev.parley.core.audit.AuditQuery;
import dev.parley.core.audit.AuditRepository;
import java.util.List;

/** {@link AuditRepository} over the in-memory tables. */
final class InMemoryAudit implements AuditRepository {
    private final Tables tables;

    InMemoryAudit(Tables tables) {
        this.tables = tables;
    }

    @Override
    public void append(AuditEntry entry) {
        tables.audit.insert(entry.id(), entry);
    }

    @Override
    public List<AuditEntry> search(AuditQuery query) {
        return tables.audit.rows(entry -> (query.actorId() == null || query.actorId().equals(entry.actorId()))
                        && (query.action() == null || query.action().equals(entry.action()))
                        && (query.from() == null || !entry.at().isBefore(query.from()))
                        && (query.to() == null || entry.at().isBefore(query.to()))
                        && (query.beforeId() == null || Tables.UUID_ORDER.compare(entry.id(), query.beforeId()) < 0))
                .reversed().stream().limit(query.limit()).toList();
    }
}
