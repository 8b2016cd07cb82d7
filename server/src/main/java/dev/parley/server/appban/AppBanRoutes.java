package dev.parley.server.appban;

import dev.parley.core.appban.AppBan;
import dev.parley.core.appban.AppBanService;
import dev.parley.protocol.rest.BanUserRequest;
import dev.parley.protocol.rest.UserBan;
import dev.parley.server.admin.AdminGate;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code POST} · {@code DELETE /v1/admin/users/{userId}/ban}: app admins ban a user from the whole app, or lift it. */
public final class AppBanRoutes implements Routes {
    private final AdminGate gate;
    private final RequestBodies bodies;
    private final AppBanService bans;

    public AppBanRoutes(AdminGate gate, RequestBodies bodies, AppBanService bans) {
        this.gate = gate;
        this.bodies = bodies;
        this.bans = bans;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v1/admin/users/{userId}/ban", this::ban);
        routes.delete("/v1/admin/users/{userId}/ban", this::lift);
    }

    private void ban(Context ctx) {
        var actor = gate.actor(ctx);
        var body = bodies.read(ctx, BanUserRequest.class);
        ctx.status(201).json(wire(bans.ban(actor, ctx.pathParam("userId"), body.reason(), body.durationSeconds())));
    }

    private void lift(Context ctx) {
        bans.lift(gate.actor(ctx), ctx.pathParam("userId"));
        ctx.status(204);
    }

    private static UserBan wire(AppBan b) {
        return new UserBan(b.userId(), b.reason(), b.createdBy(), b.createdAt(), b.expiresAt());
    }
}
