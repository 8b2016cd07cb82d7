package dev.parley.server.compat;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.room.MemberService;
import dev.parley.core.room.RoomDraft;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * The Conduit chat module's room routes, on Parley's rooms (a Conduit room is a Parley
 * {@code group} room; its participants are the members). Parley's permissions apply: the
 * creator owns the room, and adding or removing others takes its owner or a moderator.
 * docs/compat/conduit.md lists what differs.
 */
public final class ConduitRoomRoutes implements Routes {
    private static final int MAX_LIMIT = 1000;

    private final Authenticator authenticator;
    private final RequestBodies bodies;
    private final ConduitRooms rooms;
    private final MemberService members;
    private final boolean explicitJoins;

    /** With {@code explicitJoins} ({@code rooms.explicit-joins}), added users are invited, as Conduit's {@code explicit_room_joins}. */
    public ConduitRoomRoutes(Authenticator authenticator, RequestBodies bodies,
            dev.parley.core.room.RoomService rooms, MemberService members, boolean explicitJoins) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.rooms = new ConduitRooms(rooms, members);
        this.members = members;
        this.explicitJoins = explicitJoins;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/chat/rooms", this::create);
        routes.get("/chat/rooms", this::list);
        routes.get("/chat/rooms/{roomId}", this::get);
        routes.put("/chat/rooms/{roomId}/addUsers", this::addUsers);
        routes.put("/chat/room/{roomId}/remove", this::removeUsers);
        routes.put("/chat/leave/{roomId}", this::leave);
    }

    private void create(Context ctx) {
        Actor actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, ConduitRequests.CreateRoom.class);
        List<String> users = ConduitRequests.users(body.users());
        var created = rooms.service().create(actor, new RoomDraft("group", body.roomName(), users, null, null, null));
        ctx.json(new ConduitViews.CreatedRoom(created.room().id()));
    }

    private void list(Context ctx) {
        Actor actor = authenticator.user(ctx).actor();
        int skip = ConduitRequests.number(ctx, "skip", 0, Integer.MAX_VALUE);
        int limit = ConduitRequests.number(ctx, "limit", MAX_LIMIT, MAX_LIMIT);
        var all = rooms.groupRooms(actor);
        var page = all.stream().skip(skip).limit(limit).map(summary -> rooms.document(actor, summary)).toList();
        ctx.json(new ConduitViews.Rooms(page, all.size()));
    }

    private void get(Context ctx) {
        Actor actor = authenticator.user(ctx).actor();
        ctx.json(rooms.document(actor, rooms.service().get(actor, ctx.pathParam("roomId"))));
    }

    private void addUsers(Context ctx) {
        Actor actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, ConduitRequests.Users.class);
        members.add(actor, ctx.pathParam("roomId"), ConduitRequests.users(body.users()));
        ctx.json(new ConduitViews.Result(explicitJoins ? "Invitations sent" : "Users added"));
    }

    private void removeUsers(Context ctx) {
        Actor actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, ConduitRequests.Users.class);
        String roomId = ctx.pathParam("roomId");
        List<String> users = ConduitRequests.users(body.users());
        var current = rooms.members(actor, roomId).stream().map(dev.parley.core.room.Member::userId).toList();
        var strangers = users.stream().filter(user -> !current.contains(user)).toList();
        if (!strangers.isEmpty()) {
            // Checked before removing anyone: a bad list changes nothing.
            throw new ParleyException(ErrorCode.MEMBER_NOT_FOUND, "not members of this room: " + strangers);
        }
        for (String user : users) {
            members.remove(actor, roomId, user);
        }
        ctx.json(new ConduitViews.Result("Users removed"));
    }

    private void leave(Context ctx) {
        Actor actor = authenticator.user(ctx).actor();
        members.remove(actor, ctx.pathParam("roomId"), actor.userId());
        ctx.json(new ConduitViews.Result("Ok"));
    }
}
