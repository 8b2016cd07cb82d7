package dev.parley.server.config;

import java.util.Map;

/**
 * What one client type ({@code web}, or any other the operator names) boots with: its theme
 * (nested maps of camelCase keys: {@code appName}, {@code light.primary}, …) and its feature
 * switches. Permissions are not here: they belong to app roles and hold for every client.
 */
public record ClientProfile(Map<String, Object> theme, Map<String, Boolean> features) {
    public ClientProfile {
        theme = java.util.Collections.unmodifiableMap(theme);
        features = java.util.Collections.unmodifiableMap(features);
    }
}
