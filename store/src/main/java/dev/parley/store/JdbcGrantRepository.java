package dev.parley.store;

import dev.parley.core.grant.GrantRepository;
import dev.parley.core.grant.GrantsDocument;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link GrantRepository} over {@code grant_documents} and {@code grant_rules}, bound to one connection. */
final class JdbcGrantRepository implements GrantRepository {
    private static final int ID = 1;

    private final Sql sql;

    JdbcGrantRepository(Sql sql) {
        this.sql = sql;
    }

    private record Rule(String scope, String role, String rule) {
    }

    @Override
    public Optional<StoredGrants> find() {
        return sql.one("SELECT version, updated_by, updated_at FROM grant_documents WHERE id = ?",
                row -> new StoredGrants(null, row.getLong("version"), row.getString("updated_by"),
                        SqlValues.instant(row, "updated_at")), ID)
                .map(head -> new StoredGrants(document(), head.version(), head.updatedBy(), head.updatedAt()));
    }

    private GrantsDocument document() {
        var scopes = new LinkedHashMap<String, Map<String, List<String>>>();
        for (Rule rule : sql.list("SELECT scope, role, rule FROM grant_rules ORDER BY position",
                row -> new Rule(row.getString("scope"), row.getString("role"), row.getString("rule")))) {
            var roles = scopes.computeIfAbsent(rule.scope(), scope -> new LinkedHashMap<>());
            if (rule.role() != null) {
                List<String> rules = roles.computeIfAbsent(rule.role(), role -> new ArrayList<>());
                if (rule.rule() != null) {
                    rules.add(rule.rule());
                }
            }
        }
        return new GrantsDocument(scopes);
    }

    @Override
    public void save(GrantsDocument document, long version, String updatedBy, Instant updatedAt) {
        int updated = sql.update("UPDATE grant_documents SET version = ?, updated_by = ?, updated_at = ? WHERE id = ?",
                version, updatedBy, updatedAt, ID);
        if (updated == 0) {
            sql.update("INSERT INTO grant_documents (id, version, updated_by, updated_at) VALUES (?, ?, ?, ?)",
                    ID, version, updatedBy, updatedAt);
        }
        sql.update("DELETE FROM grant_rules");
        int position = 0;
        for (var scope : document.scopes().entrySet()) {
            if (scope.getValue().isEmpty()) {
                insert(position++, scope.getKey(), null, null);
            }
            for (var role : scope.getValue().entrySet()) {
                if (role.getValue().isEmpty()) {
                    insert(position++, scope.getKey(), role.getKey(), null);
                }
                for (String rule : role.getValue()) {
                    insert(position++, scope.getKey(), role.getKey(), rule);
                }
            }
        }
    }

    private void insert(int position, String scope, String role, String rule) {
        sql.update("INSERT INTO grant_rules (position, scope, role, rule) VALUES (?, ?, ?, ?)",
                position, scope, role, rule);
    }
}
