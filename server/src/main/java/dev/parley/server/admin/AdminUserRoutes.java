package dev.parley.server.admin;

import dev.parley.core.admin.AdminUserService;
import dev.parley.core.auth.Admins;
import dev.parley.protocol.rest.ResetPasswordRequest;
import dev.parley.protocol.rest.UpdateUserRequest;
import dev.parley.server.http.QueryParams;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.protocol.WireMapper;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code GET /v1/admin/users?query=}, {@code PATCH /v1/admin/users/{userId}} {@code {role, active}} and
 * {@code POST /v1/admin/users/{userId}/password} {@code {password}}: app admins manage users with their own
 * token (the server API's {@code /v1/users} routes need the API secret).
 */
public final class AdminUserRoutes implements Routes {
    private static final String USER = "/v1/admin/users/{userId}";

    private final AdminGate gate;
    private final RequestBodies bodies;
    private final AdminUserService users;

    public AdminUserRoutes(AdminGate gate, RequestBodies bodies, AdminUserService users) {
        this.gate = gate;
        this.bodies = bodies;
        this.users = users;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/admin/users", this::search);
        routes.patch(USER, this::update);
        routes.post(USER + "/password", this::resetPassword);
    }

    private void search(Context ctx) {
        var actor = gate.actor(ctx);
        ctx.header("Cache-Control", "no-store").json(WireMapper.page(
                users.search(actor, ctx.queryParam("query"), QueryParams.page(ctx)), WireMapper::user));
    }

    private void update(Context ctx) {
        var actor = gate.actor(ctx);
        Admins.check(actor, "change users");
        var body = bodies.read(ctx, UpdateUserRequest.class);
        ctx.json(WireMapper.user(users.update(actor, ctx.pathParam("userId"), body.role(), body.active())));
    }

    private void resetPassword(Context ctx) {
        var actor = gate.actor(ctx);
        Admins.check(actor, "reset passwords");
        var body = bodies.read(ctx, ResetPasswordRequest.class);
        users.resetPassword(actor, ctx.pathParam("userId"), body.password());
        ctx.status(204);
    }
}
