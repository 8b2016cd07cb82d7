package dev.parley.server.http;

import dev.parley.server.auth.Authenticator;
import dev.parley.server.routing.Routes;
import dev.parley.core.auth.AuthService;
import dev.parley.core.user.UserService;
import dev.parley.server.protocol.WireMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The calling user and their session: {@code /v1/me}, logout. */
public final class SessionRoutes implements Routes {
    private final Authenticator authenticator;
    private final UserService users;
    private final AuthService auth;

    public SessionRoutes(Authenticator authenticator, UserService users, AuthService auth) {
        this.authenticator = authenticator;
        this.users = users;
        this.auth = auth;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/me", this::me);
        routes.post("/v1/auth/logout", this::logout);
    }

    private void me(Context ctx) {
        ctx.json(WireMapper.user(users.get(authenticator.user(ctx).actor().userId())));
    }

    private void logout(Context ctx) {
        auth.logout(authenticator.user(ctx));
        ctx.status(204);
    }
}
