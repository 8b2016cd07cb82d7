package dev.parley.core.auth;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.user.UserRole;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The permissions each app role holds; the services ask it before acting. */
public final class RolePermissions {
    /**
     * Nothing refused that Parley allowed before permissions existed: all of them, and deleting
     * any message and mentioning everyone ({@code @all}) for admins only.
     */
    public static final RolePermissions DEFAULT = new RolePermissions(defaults());

    private final Map<UserRole, Set<Permission>> granted;

    public RolePermissions(Map<UserRole, Set<Permission>> granted) {
        var copy = new EnumMap<UserRole, Set<Permission>>(UserRole.class);
        for (UserRole role : UserRole.values()) {
            Set<Permission> permissions = granted.getOrDefault(role, Set.of());
            copy.put(role, Collections.unmodifiableSet(permissions.isEmpty()
                    ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions)));
        }
        this.granted = copy;
    }

    /** The default grant of a role. */
    public static Set<Permission> defaultsOf(UserRole role) {
        return DEFAULT.of(role);
    }

    public Set<Permission> of(UserRole role) {
        return granted.get(role);
    }

    public boolean allows(Actor actor, Permission permission) {
        return granted.get(actor.role()).contains(permission);
    }

    /** Throws 403 {@code forbidden} unless the actor's app role holds the permission. */
    public void check(Actor actor, Permission permission) {
        if (!allows(actor, permission)) {
            throw new ParleyException(ErrorCode.FORBIDDEN,
                    "your role (" + actor.role().wireName() + ") may not " + permission.configName().replace('-', ' '));
        }
    }

    private static Map<UserRole, Set<Permission>> defaults() {
        Set<Permission> everyone = EnumSet.complementOf(EnumSet.of(Permission.DELETE_ANY_MESSAGE, Permission.MENTION_ALL));
        return Map.of(UserRole.USER, everyone, UserRole.BOT, everyone,
                UserRole.ADMIN, EnumSet.allOf(Permission.class));
    }
}
