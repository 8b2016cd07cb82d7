package dev.parley.core.testing;

import dev.parley.core.appearance.AppearanceRepository;
import dev.parley.core.appearance.AppearanceSettings;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link AppearanceRepository} over the in-memory tables: one row, key 1. */
final class InMemoryAppearance implements AppearanceRepository {
    private static final int KEY = 1;
    private final Tables tables;

    InMemoryAppearance(Tables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<StoredAppearance> find() {
        return tables.appearance.find(KEY);
    }

    @Override
    public void save(String clientType, AppearanceSettings settings, long version, String updatedBy, Instant updatedAt) {
        Map<String, AppearanceSettings> byType = new HashMap<>(find().map(StoredAppearance::byClientType).orElse(Map.of()));
        if (settings.isEmpty()) {
            byType.remove(clientType);
        } else {
            byType.put(clientType, settings);
        }
        StoredAppearance row = new StoredAppearance(byType, version, updatedBy, updatedAt);
        if (!tables.appearance.update(KEY, old -> row)) {
            tables.appearance.insert(KEY, row);
        }
    }
}
