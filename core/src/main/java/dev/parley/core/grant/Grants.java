package dev.parley.core.grant;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Permission;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.RoomAccess;
import dev.parley.core.room.RoomType;
import dev.parley.core.user.UserRole;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what: the checked grants document. A user's capabilities in a room are the
 * grants of their app role and of their room role in rooms of that type; a {@code !grant} of
 * either revokes it, whatever grants it. Outside rooms only the app role counts.
 */
public final class Grants {
    public static final String APP = "app";

    /** Nothing refused that Parley allowed before grants existed; guests read and post where invited. */
    public static final Grants DEFAULT = parse(defaultDocument());

    private final GrantsDocument document;
    private final Map<UserRole, Rules> app;
    private final Map<RoomType, Map<MemberRole, Rules>> rooms;

    private Grants(GrantsDocument document, Map<UserRole, Rules> app, Map<RoomType, Map<MemberRole, Rules>> rooms) {
        this.document = document;
        this.app = app;
        this.rooms = rooms;
    }

    /** Checks a document: unknown scopes, roles or grants are a 400 naming every one of them. */
    public static Grants parse(GrantsDocument document) {
        return new GrantsParser(document).parse();
    }

    static Grants of(GrantsDocument document, Map<UserRole, Rules> app, Map<RoomType, Map<MemberRole, Rules>> rooms) {
        return new Grants(document, app, rooms);
    }

    /** The document these grants were read from, as written. */
    public GrantsDocument document() {
        return document;
    }

    /** What an app role may do outside any room (and anywhere, unless a room role's rule revokes it). */
    public Set<Permission> ofApp(UserRole role) {
        Rules rules = app.getOrDefault(role, Rules.NONE);
        Set<Permission> result = copy(rules.granted());
        result.removeAll(rules.revoked());
        return result;
    }

    /** Whether the app role's own rules revoke {@code permission} (no room role gives it back). */
    public boolean revokedForApp(UserRole role, Permission permission) {
        return app.getOrDefault(role, Rules.NONE).revoked().contains(permission);
    }

    /** What a user of {@code appRole} holding {@code roomRole} (null: not a member) may do in a room of {@code type}. */
    public Set<Permission> inRoom(UserRole appRole, RoomType type, MemberRole roomRole) {
        Rules appRules = app.getOrDefault(appRole, Rules.NONE);
        Rules roomRules = roomRole == null ? Rules.NONE
                : rooms.getOrDefault(type, Map.of()).getOrDefault(roomRole, Rules.NONE);
        Set<Permission> result = copy(appRules.granted());
        result.addAll(roomRules.granted());
        result.removeAll(appRules.revoked());
        result.removeAll(roomRules.revoked());
        return result;
    }

    /**
     * The actor's capabilities in a room, as clients are told them ({@code ownCapabilities}): what
     * they hold there; someone neither member nor admin may only join (a channel), nothing else.
     */
    public Set<Permission> capabilities(Actor actor, RoomType type, MemberRole roomRole) {
        Set<Permission> held = inRoom(actor.role(), type, roomRole);
        if (roomRole == null && !actor.isAdmin()) {
            held.retainAll(type == RoomType.CHANNEL ? EnumSet.of(Permission.JOIN_CHANNELS) : EnumSet.noneOf(Permission.class));
        }
        return held;
    }

    /** What the actor may do in a room as they see it (a member's room role counts; an admin reading in holds none). */
    public Set<Permission> in(Actor actor, RoomAccess.Visible visible) {
        return inRoom(actor.role(), visible.room().type(), visible.role().orElse(null));
    }

    /** Throws 403 {@code forbidden} unless the actor holds the permission in the room. */
    public void checkIn(Actor actor, RoomAccess.Visible visible, Permission permission) {
        checkInRoom(actor, visible.room().type(), visible.role().orElse(null), permission);
    }

    public boolean allows(Actor actor, Permission permission) {
        return ofApp(actor.role()).contains(permission);
    }

    /** Throws 403 {@code forbidden} unless the actor's app role holds the permission. */
    public void check(Actor actor, Permission permission) {
        if (!allows(actor, permission)) {
            throw refused(actor, permission);
        }
    }

    /** Throws 403 {@code forbidden} unless the actor holds the permission in a room of {@code type} as {@code roomRole}. */
    public void checkInRoom(Actor actor, RoomType type, MemberRole roomRole, Permission permission) {
        if (!inRoom(actor.role(), type, roomRole).contains(permission)) {
            throw new ParleyException(ErrorCode.FORBIDDEN, "your role (" + actor.role().wireName()
                    + (roomRole == null ? "" : ", " + roomRole.wireName() + " of this " + type.wireName())
                    + ") may not " + describe(permission));
        }
    }

    private static ParleyException refused(Actor actor, Permission permission) {
        return new ParleyException(ErrorCode.FORBIDDEN,
                "your role (" + actor.role().wireName() + ") may not " + describe(permission));
    }

    private static String describe(Permission permission) {
        return permission.grantName().replace('-', ' ');
    }

    private static Set<Permission> copy(Set<Permission> permissions) {
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }

    /** The built-in document the config file's keys change. */
    public static GrantsDocument defaultDocument() {
        Set<Permission> moderating = EnumSet.of(Permission.MANAGE_MEMBERS, Permission.DELETE_ANY_MESSAGE,
                Permission.UPDATE_ROOM, Permission.BAN_MEMBERS, Permission.MUTE_MEMBERS, Permission.FREEZE_ROOM,
                Permission.MENTION_ALL);
        List<String> everyone = names(EnumSet.complementOf(EnumSet.copyOf(moderating)));
        List<String> guest = names(EnumSet.of(Permission.SEND_MESSAGES, Permission.EDIT_OWN_MESSAGES,
                Permission.DELETE_OWN_MESSAGES, Permission.REACT));
        List<String> managers = names(moderating);
        var app = new LinkedHashMap<String, List<String>>();
        app.put("admin", names(EnumSet.allOf(Permission.class)));
        app.put("user", everyone);
        app.put("bot", everyone);
        app.put("guest", guest);
        var scopes = new LinkedHashMap<String, Map<String, List<String>>>();
        scopes.put(APP, app);
        for (RoomType type : List.of(RoomType.CHANNEL, RoomType.GROUP)) {
            var roles = new LinkedHashMap<String, List<String>>();
            roles.put("owner", managers);
            roles.put("moderator", managers);
            roles.put("member", List.of());
            scopes.put(type.wireName(), roles);
        }
        return new GrantsDocument(scopes);
    }

    private static List<String> names(Set<Permission> permissions) {
        List<String> names = new ArrayList<>();
        permissions.forEach(p -> names.add(p.grantName()));
        return names;
    }

}
