package dev.parley.store;

import dev.parley.core.audit.AuditEntry;
import dev.parley.core.audit.AuditQuery;
import dev.parley.core.audit.AuditRepository;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import java.util.ArrayList;
import java.util.List;

/** {@link AuditRepository} over {@code audit_log}, bound to one connection: insert and select only. */
final class JdbcAuditRepository implements AuditRepository {
    private final Sql sql;

    JdbcAuditRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void append(AuditEntry entry) {
        sql.update("""
                INSERT INTO audit_log (id, at, actor_id, action, target_type, target_id, before_state, after_state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                entry.id(), entry.at(), entry.actorId(), entry.action(), entry.targetType(), entry.targetId(),
                entry.before(), entry.after());
    }

    @Override
    public List<AuditEntry> search(AuditQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        condition(where, params, " AND actor_id = ?", query.actorId());
        condition(where, params, " AND action = ?", query.action());
        condition(where, params, " AND at >= ?", query.from());
        condition(where, params, " AND at < ?", query.to());
        condition(where, params, " AND id < ?", query.beforeId());
        params.add(query.limit());
        return sql.list("""
                SELECT id, at, actor_id, action, target_type, target_id, before_state, after_state
                FROM audit_log""" + where + " ORDER BY id DESC LIMIT ?",
                row -> new AuditEntry(SqlValues.uuid(row, "id"), SqlValues.instant(row, "at"), row.getString("actor_id"),
                        row.getString("action"), row.getString("target_type"), row.getString("target_id"),
                        row.getString("before_state"), row.getString("after_state")),
                params.toArray());
    }

    private static void condition(StringBuilder where, List<Object> params, String clause, Object value) {
        if (value != null) {
            where.append(clause);
            params.add(value);
        }
    }
}
