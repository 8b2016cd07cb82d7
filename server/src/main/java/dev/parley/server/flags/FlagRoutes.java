package dev.parley.server.flags;

import dev.parley.core.flag.Flag;
import dev.parley.core.flag.FlagService;
import dev.parley.protocol.rest.FlagMessageRequest;
import dev.parley.protocol.rest.MessageFlag;
import dev.parley.protocol.rest.ResolveFlagRequest;
import dev.parley.server.admin.AdminGate;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.http.QueryParams;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.protocol.WireMapper;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code POST /v1/rooms/{roomId}/messages/{messageId}/flags} (a member reports a message),
 * {@code GET /v1/admin/flags?status=} (the moderation queue) and
 * {@code POST /v1/admin/flags/{flagId}/resolve} (dismiss, or delete the message): app admins.
 */
public final class FlagRoutes implements Routes {
    private final Authenticator authenticator;
    private final AdminGate gate;
    private final RequestBodies bodies;
    private final FlagService flags;

    public FlagRoutes(Authenticator authenticator, RequestBodies bodies, FlagService flags) {
        this.authenticator = authenticator;
        this.gate = new AdminGate(authenticator);
        this.bodies = bodies;
        this.flags = flags;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v1/rooms/{roomId}/messages/{messageId}/flags", this::report);
        routes.get("/v1/admin/flags", this::list);
        routes.post("/v1/admin/flags/{flagId}/resolve", this::resolve);
    }

    private void report(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, FlagMessageRequest.class);
        var flag = flags.report(actor, ctx.pathParam("roomId"), ctx.pathParam("messageId"), body.reason());
        ctx.status(201).json(wire(flag));
    }

    private void list(Context ctx) {
        var page = flags.list(gate.actor(ctx), ctx.queryParam("status"), QueryParams.page(ctx));
        ctx.header("Cache-Control", "no-store").json(WireMapper.page(page, FlagRoutes::wire));
    }

    private void resolve(Context ctx) {
        var actor = gate.actor(ctx);
        var body = bodies.read(ctx, ResolveFlagRequest.class);
        ctx.json(wire(flags.resolve(actor, ctx.pathParam("flagId"), body.action())));
    }

    static MessageFlag wire(Flag f) {
        return new MessageFlag(f.id(), f.roomId(), f.messageId(), f.reporterId(), f.reason(), f.authorId(), f.text(),
                f.createdAt(), f.status().wireName(), f.resolvedBy(), f.resolvedAt());
    }
}
