package dev.parley.server.config;

import java.util.Map;
import java.util.Optional;

/**
 * The configured client types; {@code web} is always there. {@code fileValues} holds each type's
 * settings as the config file gave them (its own over {@code web}'s), so that an admin's stored
 * settings can go over them ({@link LiveProfiles}).
 */
public record ClientProfiles(Map<String, ClientProfile> byType, Map<String, Map<String, ConfigValue>> fileValues) {
    public static final String WEB = "web";
    public static final ClientProfiles DEFAULT = new ClientProfiles(Map.of(WEB, ChatSection.defaultProfile()));

    public ClientProfiles {
        byType = Map.copyOf(byType);
        fileValues = Map.copyOf(fileValues);
    }

    public ClientProfiles(Map<String, ClientProfile> byType) {
        this(byType, Map.of());
    }

    public Optional<ClientProfile> find(String clientType) {
        return Optional.ofNullable(byType.get(clientType));
    }

    /** The profile of a configured {@code clientType} with an admin's settings over the file's. */
    ClientProfile with(String clientType, Map<String, String> stored) {
        return stored.isEmpty() ? byType.get(clientType)
                : ChatSection.profile(clientType, fileValues.getOrDefault(clientType, Map.of()), stored);
    }
}
