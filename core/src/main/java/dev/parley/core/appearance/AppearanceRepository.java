package dev.parley.core.appearance;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The appearance settings admins stored per client type (theme and features, as
 * {@link AppearanceSettings}) and the version of the whole: one number for every client type.
 */
public interface AppearanceRepository {
    /** What is stored, if an admin ever stored anything. */
    Optional<StoredAppearance> find();

    /** Replaces the settings of {@code clientType} (empty: none, the config file's apply); all now at {@code version}. */
    void save(String clientType, AppearanceSettings settings, long version, String updatedBy, Instant updatedAt);

    /** The stored settings by client type (types without any left out), their version, and the last change. */
    record StoredAppearance(Map<String, AppearanceSettings> byClientType, long version, String updatedBy,
            Instant updatedAt) {
        public StoredAppearance {
            byClientType = Map.copyOf(byClientType);
        }
    }
}
