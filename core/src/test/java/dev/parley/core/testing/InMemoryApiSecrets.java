package dev.parley.core.testing;

import dev.parley.core.apikey.ApiSecret;
import dev.parley.core.apikey.ApiSecretRepository;
import java.util.Optional;

/** {@link ApiSecretRepository} over the in-memory tables: one row, key 1. */
final class InMemoryApiSecrets implements ApiSecretRepository {
    private static final int KEY = 1;
    private final Tables tables;

    InMemoryApiSecrets(Tables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<ApiSecret> find() {
        return tables.apiSecrets.find(KEY);
    }

    @Override
    public void create(ApiSecret secret) {
        tables.apiSecrets.insert(KEY, secret);
    }

    @Override
    public boolean replace(long expectedVersion, ApiSecret next) {
        boolean current = find().map(stored -> stored.version() == expectedVersion).orElse(false);
        return current && tables.apiSecrets.update(KEY, old -> next);
    }
}
