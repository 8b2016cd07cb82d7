package dev.parley.core.grant;

import dev.parley.core.auth.Permission;
import dev.parley.core.error.ParleyException;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.RoomType;
import dev.parley.core.user.UserRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a {@link GrantsDocument} into {@link Grants}, collecting every unknown scope, role and grant. */
final class GrantsParser {
    private static final int SHOWN = 10;
    private static final int SHOWN_LENGTH = 40;

    private final GrantsDocument document;
    private final List<String> unknownScopes = new ArrayList<>();
    private final List<String> unknownRoles = new ArrayList<>();
    private final List<String> unknownGrants = new ArrayList<>();

    GrantsParser(GrantsDocument document) {
        this.document = document;
    }

    Grants parse() {
        Map<UserRole, Rules> app = new EnumMap<>(UserRole.class);
        Map<RoomType, Map<MemberRole, Rules>> rooms = new EnumMap<>(RoomType.class);
        document.scopes().forEach((scope, roles) -> {
            if (Grants.APP.equals(scope)) {
                roles.forEach((role, rules) -> {
                    UserRole appRole = UserRole.named(role);
                    if (appRole == null) {
                        unknownRoles.add(scope + "." + role);
                    }
                    Rules read = rules(rules);
                    if (appRole != null) {
                        app.put(appRole, read);
                    }
                });
                return;
            }
            RoomType type = roomType(scope);
            if (type == null) {
                unknownScopes.add(scope);
                return;
            }
            Map<MemberRole, Rules> byRole = new EnumMap<>(MemberRole.class);
            roles.forEach((role, rules) -> {
                MemberRole roomRole = memberRole(role);
                if (roomRole == null) {
                    unknownRoles.add(scope + "." + role);
                }
                Rules read = rules(rules);
                if (roomRole != null) {
                    byRole.put(roomRole, read);
                }
            });
            rooms.put(type, byRole);
        });
        if (!unknownScopes.isEmpty() || !unknownRoles.isEmpty() || !unknownGrants.isEmpty()) {
            throw ParleyException.invalid(problems());
        }
        return Grants.of(document, app, rooms);
    }

    private Rules rules(List<String> rules) {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        Set<Permission> revoked = EnumSet.noneOf(Permission.class);
        for (String rule : rules) {
            boolean revokes = rule.startsWith("!");
            Permission permission = Permission.ofGrant(revokes ? rule.substring(1) : rule);
            if (permission == null) {
                if (!unknownGrants.contains(rule)) {
                    unknownGrants.add(rule);
                }
            } else if (revokes) {
                revoked.add(permission);
            } else {
                granted.add(permission);
            }
        }
        return new Rules(granted, revoked);
    }

    private String problems() {
        List<String> parts = new ArrayList<>();
        if (!unknownScopes.isEmpty()) {
            parts.add("unknown scopes " + shown(unknownScopes) + " (the scopes are app, channel, group, direct)");
        }
        if (!unknownRoles.isEmpty()) {
            parts.add("unknown roles " + shown(unknownRoles)
                    + " (app takes admin, user, guest, bot; room types take owner, moderator, member)");
        }
        if (!unknownGrants.isEmpty()) {
            parts.add("unknown grants " + shown(unknownGrants) + " (the grants are " + grantNames() + ")");
        }
        return "the grants document has " + String.join("; ", parts) + "; nothing was changed";
    }

    private static String shown(List<String> names) {
        List<String> shown = new ArrayList<>();
        for (String name : names.subList(0, Math.min(SHOWN, names.size()))) {
            shown.add(name.length() > SHOWN_LENGTH ? name.substring(0, SHOWN_LENGTH) + "…" : name);
        }
        return String.join(", ", shown) + (names.size() > SHOWN ? " and " + (names.size() - SHOWN) + " more" : "");
    }

    private static String grantNames() {
        List<String> names = new ArrayList<>();
        for (Permission permission : Permission.values()) {
            names.add(permission.grantName());
        }
        return String.join(", ", names);
    }

    private static RoomType roomType(String scope) {
        for (RoomType type : RoomType.values()) {
            if (type.wireName().equals(scope)) {
                return type;
            }
        }
        return null;
    }

    private static MemberRole memberRole(String role) {
        for (MemberRole memberRole : MemberRole.values()) {
            if (memberRole.wireName().equals(role)) {
                return memberRole;
            }
        }
        return null;
    }
}
