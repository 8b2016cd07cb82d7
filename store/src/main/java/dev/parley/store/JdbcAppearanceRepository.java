package dev.parley.store;

import dev.parley.core.appearance.AppearanceRepository;
import dev.parley.core.appearance.AppearanceSettings;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link AppearanceRepository} over {@code appearance_versions} and {@code appearance_settings}, bound to one connection. */
final class JdbcAppearanceRepository implements AppearanceRepository {
    private static final int ID = 1;

    private final Sql sql;

    JdbcAppearanceRepository(Sql sql) {
        this.sql = sql;
    }

    private record Setting(String clientType, String name, String value) {
    }

    @Override
    public Optional<StoredAppearance> find() {
        return sql.one("SELECT version, updated_by, updated_at FROM appearance_versions WHERE id = ?",
                row -> new StoredAppearance(Map.of(), row.getLong("version"), row.getString("updated_by"),
                        SqlValues.instant(row, "updated_at")), ID)
                .map(head -> new StoredAppearance(settings(), head.version(), head.updatedBy(), head.updatedAt()));
    }

    private Map<String, AppearanceSettings> settings() {
        Map<String, Map<String, String>> byType = new HashMap<>();
        for (Setting setting : sql.list("SELECT client_type, setting, setting_value FROM appearance_settings",
                row -> new Setting(row.getString("client_type"), row.getString("setting"), row.getString("setting_value")))) {
            byType.computeIfAbsent(setting.clientType(), type -> new HashMap<>()).put(setting.name(), setting.value());
        }
        Map<String, AppearanceSettings> settings = new HashMap<>();
        byType.forEach((type, values) -> settings.put(type, new AppearanceSettings(values)));
        return settings;
    }

    @Override
    public void save(String clientType, AppearanceSettings settings, long version, String updatedBy, Instant updatedAt) {
        int updated = sql.update("UPDATE appearance_versions SET version = ?, updated_by = ?, updated_at = ? WHERE id = ?",
                version, updatedBy, updatedAt, ID);
        if (updated == 0) {
            sql.update("INSERT INTO appearance_versions (id, version, updated_by, updated_at) VALUES (?, ?, ?, ?)",
                    ID, version, updatedBy, updatedAt);
        }
        sql.update("DELETE FROM appearance_settings WHERE client_type = ?", clientType);
        settings.values().forEach((name, value) -> sql.update(
                "INSERT INTO appearance_settings (client_type, setting, setting_value) VALUES (?, ?, ?)", clientType, name, value));
    }
}
