package dev.parley.server.config;

import dev.parley.core.appearance.AppearanceRules;
import dev.parley.core.appearance.AppearanceSettings;
import dev.parley.core.appearance.LiveAppearance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The client profiles this node serves now: the config file's, with what admins stored over them
 * ({@link LiveAppearance}). Profiles are built once per stored version.
 */
public final class LiveProfiles implements AppearanceRules {
    private record Built(long version, Map<String, ClientProfile> byType) {
    }

    private final ClientProfiles file;
    private final LiveAppearance live;
    private final AtomicReference<Built> built = new AtomicReference<>(new Built(-1, Map.of()));

    public LiveProfiles(ClientProfiles file, LiveAppearance live) {
        this.file = file;
        this.live = live;
    }

    /** The profile of {@code clientType} as served now; empty when the type is not configured. */
    public Optional<ClientProfile> find(String clientType) {
        return Optional.ofNullable(current().get(clientType));
    }

    /** The profile of {@code clientType} from the config file alone. */
    public Optional<ClientProfile> defaults(String clientType) {
        return file.find(clientType);
    }

    public Set<String> clientTypes() {
        return file.byType().keySet();
    }

    @Override
    public List<String> problems(String clientType, AppearanceSettings settings) {
        if (!file.byType().containsKey(clientType)) {
            return List.of("clientType must be one of " + String.join(", ", clientTypes().stream().sorted().toList()));
        }
        return StoredSettings.problems(settings.values());
    }

    private Map<String, ClientProfile> current() {
        LiveAppearance.Versioned versioned = live.versioned();
        Built held = built.get();
        if (held.version() == versioned.version()) {
            return held.byType();
        }
        Map<String, ClientProfile> byType = new HashMap<>();
        file.byType().keySet().forEach(type -> byType.put(type, file.with(type, versioned.of(type).values())));
        Built fresh = new Built(versioned.version(), Map.copyOf(byType));
        built.set(fresh);
        return fresh.byType();
    }
}
