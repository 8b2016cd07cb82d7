package dev.parley.protocol.rest;

import dev.parley.protocol.model.AppRole;
import java.util.Map;

/**
 * {@code GET /chat/config}: what a web client boots from. {@code theme} and {@code features}
 * are the configured client profile (schemas {@code Theme}, {@code Palette}); {@code permissions}
 * maps each permission to whether the user's app role has it; {@code files} holds the upload
 * limits, so the client refuses what is too large before sending a byte.
 */
public record ChatConfig(Authentication authentication, ChatUser user, Map<String, Object> theme,
        Map<String, Boolean> features, Map<String, Boolean> permissions, Endpoints endpoints, FileLimits files) {

    /**
     * The server's upload limits: bytes of a file, an avatar and a voice message, the longest
     * voice message in seconds, and how long a signed file link works.
     */
    public record FileLimits(long maxBytes, long avatarMaxBytes, long voiceMaxBytes, int voiceMaxSeconds,
            long linkLifetimeSeconds) {
    }

    public record Authentication(String userId, String userToken, String apiKey) {
    }

    public record ChatUser(String id, String name, String avatarUrl, AppRole role) {
    }

    public record Endpoints(String api, String ws) {
    }
}
