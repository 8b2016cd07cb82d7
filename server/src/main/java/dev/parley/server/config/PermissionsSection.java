package dev.parley.server.config;

import dev.parley.core.auth.Permission;
import dev.parley.core.error.ParleyException;
import dev.parley.core.grant.Grants;
import dev.parley.core.grant.GrantsDocument;
import dev.parley.core.user.UserRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The config file's default grants, in force until an admin stores a document
 * ({@code PUT /v1/admin/permissions}): {@code grants.<scope>.<role>=grant, !grant, …} replaces a
 * role's rules in the built-in document; the older {@code permissions.<role>.<permission>=true|false}
 * keys (role user|admin|bot|guest; send-messages, edit-own-messages, …) then add the grant to
 * the app role, or revoke it ({@code !grant}: no room role gives it back).
 */
final class PermissionsSection {
    static final String PERMISSIONS = "permissions.";
    static final String GRANTS = "grants.";

    private PermissionsSection() {
    }

    static Grants grants(Map<String, ConfigValue> values) {
        var scopes = new LinkedHashMap<String, Map<String, List<String>>>();
        Grants.defaultDocument().scopes().forEach((scope, roles) -> scopes.put(scope, new LinkedHashMap<>(roles)));
        // Sorted, so the result does not depend on the order of the file's lines.
        new TreeMap<>(values).forEach((key, value) -> {
            if (key.startsWith(GRANTS)) {
                String[] parts = key.substring(GRANTS.length()).split("\\.", -1);
                if (parts.length != 2) {
                    throw ChatSection.bad(key, value, "expected grants.<scope>.<role>=grant, !grant, …");
                }
                List<String> rules = Arrays.stream(value.value().split(",")).map(String::trim)
                        .filter(rule -> !rule.isEmpty()).toList();
                scopes.computeIfAbsent(parts[0], scope -> new LinkedHashMap<>()).put(parts[1], rules);
            }
        });
        values.forEach((key, value) -> {
            if (key.startsWith(PERMISSIONS)) {
                legacy(scopes, key, value);
            }
        });
        try {
            return Grants.parse(new GrantsDocument(scopes));
        } catch (ParleyException e) {
            throw new ConfigException("invalid configuration grants.*: " + e.getMessage());
        }
    }

    /** {@code permissions.<role>.<permission>=true|false}: grant or revoke in the app role's rules. */
    private static void legacy(Map<String, Map<String, List<String>>> scopes, String key, ConfigValue value) {
        String[] parts = key.substring(PERMISSIONS.length()).split("\\.", -1);
        UserRole role = parts.length == 2 ? UserRole.named(parts[0]) : null;
        Permission permission = parts.length == 2 ? permissionNamed(parts[1]) : null;
        if (role == null || permission == null) {
            throw ChatSection.bad(key, value, "expected permissions.<user|admin|bot|guest>.<" + permissionNames() + ">");
        }
        String grant = permission.grantName();
        var app = scopes.computeIfAbsent(Grants.APP, scope -> new LinkedHashMap<>());
        List<String> rules = new ArrayList<>(app.getOrDefault(role.wireName(), List.of()));
        rules.remove(grant);
        rules.remove("!" + grant);
        rules.add(ChatSection.bool(key, value) ? grant : "!" + grant);
        app.put(role.wireName(), rules);
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
