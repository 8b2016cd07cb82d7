package dev.parley.server.http;

import dev.parley.server.auth.Authenticator;
import dev.parley.server.routing.Routes;
import dev.parley.core.error.ParleyException;
import dev.parley.core.read.ReadService;
import dev.parley.core.room.MemberService;
import dev.parley.protocol.rest.AddMembersRequest;
import dev.parley.protocol.rest.MarkReadRequest;
import dev.parley.protocol.rest.MemberList;
import dev.parley.protocol.rest.SetRoleRequest;
import dev.parley.protocol.rest.UserIdsRequest;
import dev.parley.server.protocol.WireMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Members of a room, their roles, and the caller's read mark. */
public final class MemberRoutes implements Routes {
    private final Authenticator authenticator;
    private final RequestBodies bodies;
    private final MemberService members;
    private final ReadService reads;

    public MemberRoutes(Authenticator authenticator, RequestBodies bodies, MemberService members, ReadService reads) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.members = members;
        this.reads = reads;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/rooms/{roomId}/members", this::list);
        routes.post("/v1/rooms/{roomId}/members", this::add);
        routes.put("/v1/rooms/{roomId}/members", this::set);
        routes.delete("/v1/rooms/{roomId}/members/{userId}", this::remove);
        routes.patch("/v1/rooms/{roomId}/members/{userId}", this::setRole);
        routes.post("/v1/rooms/{roomId}/read", this::markRead);
    }

    private void list(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var page = members.list(actor, ctx.pathParam("roomId"), QueryParams.page(ctx));
        ctx.json(WireMapper.page(page, WireMapper::member));
    }

    private void add(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, AddMembersRequest.class);
        var added = members.add(actor, ctx.pathParam("roomId"), body.userIds());
        ctx.json(new MemberList(added.stream().map(WireMapper::member).toList()));
    }

    private void set(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, UserIdsRequest.class);
        if (body.userIds() == null) {
            throw ParleyException.invalid("userIds is required");
        }
        var all = members.set(actor, ctx.pathParam("roomId"), body.userIds());
        ctx.json(new MemberList(all.stream().map(WireMapper::member).toList()));
    }

    private void remove(Context ctx) {
        members.remove(authenticator.user(ctx).actor(), ctx.pathParam("roomId"), ctx.pathParam("userId"));
        ctx.status(204);
    }

    private void setRole(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, SetRoleRequest.class);
        var view = members.setRole(actor, ctx.pathParam("roomId"), ctx.pathParam("userId"), body.role());
        ctx.json(WireMapper.member(view));
    }

    private void markRead(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, MarkReadRequest.class);
        if (body.seq() == null) {
            throw ParleyException.invalid("seq is required");
        }
        ctx.json(WireMapper.readMark(reads.markRead(actor, ctx.pathParam("roomId"), body.seq())));
    }
}
