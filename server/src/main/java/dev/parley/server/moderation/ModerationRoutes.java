package dev.parley.server.moderation;

import dev.parley.core.moderation.ModerationService;
import dev.parley.core.moderation.Restriction;
import dev.parley.protocol.rest.RestrictMemberRequest;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.protocol.AdminWire;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code POST /v1/rooms/{roomId}/bans} · {@code DELETE …/bans/{userId}} and the same for
 * {@code mutes}: moderators (owner, moderators, admins by default) ban and mute members.
 */
public final class ModerationRoutes implements Routes {
    private final Authenticator authenticator;
    private final RequestBodies bodies;
    private final ModerationService moderation;

    public ModerationRoutes(Authenticator authenticator, RequestBodies bodies, ModerationService moderation) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.moderation = moderation;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v1/rooms/{roomId}/bans", ctx -> restrict(ctx, Restriction.Kind.BAN));
        routes.delete("/v1/rooms/{roomId}/bans/{userId}", ctx -> lift(ctx, Restriction.Kind.BAN));
        routes.post("/v1/rooms/{roomId}/mutes", ctx -> restrict(ctx, Restriction.Kind.MUTE));
        routes.delete("/v1/rooms/{roomId}/mutes/{userId}", ctx -> lift(ctx, Restriction.Kind.MUTE));
    }

    private void restrict(Context ctx, Restriction.Kind kind) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, RestrictMemberRequest.class);
        var restriction = moderation.restrict(actor, ctx.pathParam("roomId"), kind, body.userId(), body.reason(),
                body.durationSeconds());
        ctx.status(201).json(AdminWire.restriction(restriction));
    }

    private void lift(Context ctx, Restriction.Kind kind) {
        var actor = authenticator.user(ctx).actor();
        moderation.lift(actor, ctx.pathParam("roomId"), kind, ctx.pathParam("userId"));
        ctx.status(204);
    }
}
