package dev.parley.server.config;

import java.util.Map;
import java.util.Optional;

/** The configured client types; {@code web} is always there. */
public record ClientProfiles(Map<String, ClientProfile> byType) {
    public static final String WEB = "web";
    public static final ClientProfiles DEFAULT = new ClientProfiles(Map.of(WEB, ChatSection.defaultProfile()));

    public ClientProfiles {
        byType = Map.copyOf(byType);
    }

    public Optional<ClientProfile> find(String clientType) {
        return Optional.ofNullable(byType.get(clientType));
    }
}
