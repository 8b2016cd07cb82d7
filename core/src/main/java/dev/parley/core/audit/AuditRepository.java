package dev.parley.core.audit;

import java.util.List;

/** The append-only audit log: entries are added and searched, never updated nor deleted. */
public interface AuditRepository {
    void append(AuditEntry entry);

    /** The entries matching {@code query}, newest first. */
    List<AuditEntry> search(AuditQuery query);
}
