package dev.parley.server.config;

import dev.parley.core.auth.Permission;
import dev.parley.core.auth.RolePermissions;
import dev.parley.core.user.UserRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The config file's {@code permissions.<role>.<permission>=true|false} keys (role
 * user|admin|bot; send-messages, edit-own-messages, …) over each role's defaults.
 */
final class PermissionsSection {
    static final String PERMISSIONS = "permissions.";

    private PermissionsSection() {
    }

    /** App-role permissions from {@code permissions.<role>.<permission>=true|false} over the defaults. */
    static RolePermissions permissions(Map<String, ConfigValue> values) {
        Map<UserRole, Set<Permission>> granted = new EnumMap<>(UserRole.class);
        for (UserRole role : UserRole.values()) {
            Set<Permission> defaults = RolePermissions.defaultsOf(role);
            granted.put(role, defaults.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(defaults));
        }
        values.forEach((key, value) -> {
            if (!key.startsWith(PERMISSIONS)) {
                return;
            }
            String[] parts = key.substring(PERMISSIONS.length()).split("\\.", -1);
            UserRole role = parts.length == 2 ? roleNamed(parts[0]) : null;
            Permission permission = parts.length == 2 ? permissionNamed(parts[1]) : null;
            if (role == null || permission == null) {
                throw ChatSection.bad(key, value, "expected permissions.<user|admin|bot>.<" + permissionNames() + ">");
            }
            if (ChatSection.bool(key, value)) {
                granted.get(role).add(permission);
            } else {
                granted.get(role).remove(permission);
            }
        });
        return new RolePermissions(granted);
    }

    private static UserRole roleNamed(String name) {
        for (UserRole role : UserRole.values()) {
            if (role.wireName().equals(name)) {
                return role;
            }
        }
        return null;
    }

    private static Permission permissionNamed(String name) {
        for (Permission permission : Permission.values()) {
            if (permission.configName().equals(name)) {
                return permission;
            }
        }
        return null;
    }

    private static String permissionNames() {
        List<String> names = new ArrayList<>();
        for (Permission permission : Permission.values()) {
            names.add(permission.configName());
        }
        return String.join("|", names);
    }
}
