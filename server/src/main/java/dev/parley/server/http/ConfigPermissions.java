package dev.parley.server.http;

import dev.parley.core.auth.Permission;
import dev.parley.core.grant.Grants;
import dev.parley.core.user.UserRole;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /chat/config}'s {@code permissions}, derived from the grants: each permission the app
 * role holds. {@code manageMembers} and {@code deleteAnyMessage} come with room roles, so
 * {@code manageMembers} is true unless the app role's rules revoke it (then no room role gives
 * it back) — as before grants; a room's own {@code ownCapabilities} say what applies there.
 */
final class ConfigPermissions {
    private ConfigPermissions() {
    }

    static Map<String, Boolean> of(Grants grants, UserRole role) {
        Map<String, Boolean> granted = new LinkedHashMap<>();
        var app = grants.ofApp(role);
        for (Permission permission : Permission.values()) {
            granted.put(permission.wireName(), app.contains(permission));
        }
        granted.put(Permission.MANAGE_MEMBERS.wireName(), app.contains(Permission.MANAGE_MEMBERS)
                || !grants.revokedForApp(role, Permission.MANAGE_MEMBERS));
        return granted;
    }
}
