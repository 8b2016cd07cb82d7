package dev.parley.server.http;

import dev.parley.server.auth.Authenticator;
import dev.parley.server.routing.Routes;
import dev.parley.core.auth.Actor;
import dev.parley.core.grant.LiveGrants;
import dev.parley.core.moderation.ModerationService;
import dev.parley.core.room.RoomDraft;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.room.RoomPatch;
import dev.parley.core.room.RoomService;
import dev.parley.core.slowmode.SlowModeService;
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
    private final LiveGrants grants;
    private final ModerationService moderation;
    private final SlowModeService slowMode;

    public RoomRoutes(Authenticator authenticator, RequestBodies bodies, RoomService rooms, LiveGrants grants,
            ModerationService moderation, SlowModeService slowMode) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.rooms = rooms;
        this.grants = grants;
        this.moderation = moderation;
        this.slowMode = slowMode;
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
        ctx.json(WireMapper.page(rooms.list(actor, QueryParams.page(ctx)), summary -> view(actor, summary)));
    }

    private void create(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, CreateRoomRequest.class);
        var draft = new RoomDraft(body.type(), body.name(), body.memberIds(), body.avatarUrl(), body.topic(),
                RequestBodies.data(body.data()));
        ctx.status(201).json(view(actor, rooms.create(actor, draft)));
    }

    private void openDirect(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, OpenDirectRequest.class);
        var result = rooms.openDirect(actor, body.userId());
        ctx.status(result.created() ? 201 : 200).json(view(actor, result.value()));
    }

    private void get(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        ctx.json(view(actor, rooms.get(actor, ctx.pathParam("roomId"))));
    }

    private void update(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, UpdateRoomRequest.class);
        var patch = new RoomPatch(body.name(), body.avatarUrl(), body.topic(), RequestBodies.data(body.data()));
        String roomId = ctx.pathParam("roomId");
        if (body.frozen() != null) {
            moderation.freeze(actor, roomId, body.frozen());
        }
        if (body.slowModeSeconds() != null) {
            slowMode.set(actor, roomId, body.slowModeSeconds());
        }
        boolean onlyModeration = (body.frozen() != null || body.slowModeSeconds() != null) && body.name() == null
                && body.avatarUrl() == null && body.topic() == null && body.data() == null;
        ctx.json(view(actor, onlyModeration ? rooms.get(actor, roomId) : rooms.update(actor, roomId, patch)));
    }

    /** The room as the caller sees it, with what they may do in it now ({@code ownCapabilities}). */
    private dev.parley.protocol.model.Room view(Actor actor, RoomSummary summary) {
        var standing = moderation.standing(actor, summary);
        return WireMapper.room(standing.summary(), standing.capabilities());
    }

    private void delete(Context ctx) {
        rooms.delete(authenticator.user(ctx).actor(), ctx.pathParam("roomId"));
        ctx.status(204);
    }

    private void channels(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var page = rooms.channels(actor, ctx.queryParam("query"), QueryParams.page(ctx));
        ctx.json(WireMapper.page(page, summary -> view(actor, summary)));
    }
}
