package dev.parley.core.appearance;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What an admin set of one client type's appearance, each setting named by its path in
 * {@code /chat/config} ({@code theme.appName}, {@code theme.light.primary},
 * {@code features.reactions}) with its value as text; what is not here comes from the config file.
 */
public record AppearanceSettings(Map<String, String> values) {
    public static final AppearanceSettings NONE = new AppearanceSettings(Map.of());

    public AppearanceSettings {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** One {@code path=value} line per setting, in path order (for the audit log); empty when none. */
    public String text() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }
}
