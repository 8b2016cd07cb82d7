package dev.parley.core.testing;

import dev.parley.core.grant.GrantRepository;
import dev.parley.core.grant.GrantsDocument;
import java.time.Instant;
import java.util.Optional;

/** {@link GrantRepository} over the in-memory tables: one row, key 1. */
final class InMemoryGrants implements GrantRepository {
    private static final int KEY = 1;
    private final Tables tables;

    InMemoryGrants(Tables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<StoredGrants> find() {
        return tables.grants.find(KEY);
    }

    @Override
    public void save(GrantsDocument document, long version, String updatedBy, Instant updatedAt) {
        StoredGrants row = new StoredGrants(document, version, updatedBy, updatedAt);
        if (!tables.grants.update(KEY, old -> row)) {
            tables.grants.insert(KEY, row);
        }
    }
}
