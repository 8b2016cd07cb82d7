package dev.parley.server.http;

import dev.parley.server.auth.Authenticator;
import dev.parley.server.routing.Routes;
import dev.parley.core.room.RoomDraft;
import dev.parley.core.room.RoomPatch;
import dev.parley.core.room.RoomService;
import dev.parley.protocol.rest.CreateRoomRequest;
import dev.parley.protocol.rest.OpenDirectRequest;
import dev.parley.protocol.rest.UpdateRoomRequest;
import dev.parley.server.protocol.WireMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Rooms of the calling user: list, create, direct, read, change, delete; the channel directory. */
public final class RoomRoutes implements Routes {
    private final Authenticator authenticator;
    private final RequestBodies bodies;
    private final RoomService rooms;

    public RoomRoutes(Authenticator authenticator, RequestBodies bodies, RoomService rooms) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.rooms = rooms;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/rooms", this::list);
        routes.post("/v1/rooms", this::create);
        routes.post("/v1/rooms/direct", this::openDirect);
        routes.get("/v1/rooms/{roomId}", this::get);
        routes.patch("/v1/rooms/{roomId}", this::update);
        routes.delete("/v1/rooms/{roomId}", this::delete);
        routes.get("/v1/channels", this::channels);
    }

    private void list(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        ctx.json(WireMapper.page(rooms.list(actor, QueryParams.page(ctx)), WireMapper::room));
    }

    private void create(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, CreateRoomRequest.class);
        var draft = new RoomDraft(body.type(), body.name(), body.memberIds(), body.avatarUrl(), body.topic(),
                RequestBodies.data(body.data()));
        ctx.status(201).json(WireMapper.room(rooms.create(actor, draft)));
    }

    private void openDirect(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, OpenDirectRequest.class);
        var result = rooms.openDirect(actor, body.userId());
        ctx.status(result.created() ? 201 : 200).json(WireMapper.room(result.value()));
    }

    private void get(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        ctx.json(WireMapper.room(rooms.get(actor, ctx.pathParam("roomId"))));
    }

    private void update(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, UpdateRoomRequest.class);
        var patch = new RoomPatch(body.name(), body.avatarUrl(), body.topic(), RequestBodies.data(body.data()));
        ctx.json(WireMapper.room(rooms.update(actor, ctx.pathParam("roomId"), patch)));
    }

    private void delete(Context ctx) {
        rooms.delete(authenticator.user(ctx).actor(), ctx.pathParam("roomId"));
        ctx.status(204);
    }

    private void channels(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var page = rooms.channels(actor, ctx.queryParam("query"), QueryParams.page(ctx));
        ctx.json(WireMapper.page(page, WireMapper::room));
    }
}
