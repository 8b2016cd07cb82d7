package dev.parley.server.http;

import dev.parley.server.auth.Authenticator;
import dev.parley.server.routing.Routes;
import dev.parley.core.auth.AuthService;
import dev.parley.core.user.UserDraft;
import dev.parley.core.user.UserService;
import dev.parley.protocol.rest.IssueTokenRequest;
import dev.parley.protocol.rest.PutUserRequest;
import dev.parley.server.protocol.WireMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The server API for users and their tokens (API secret); user search is also open to users, as a directory. */
public final class UserRoutes implements Routes {
    private final Authenticator authenticator;
    private final RequestBodies bodies;
    private final UserService users;
    private final AuthService auth;

    public UserRoutes(Authenticator authenticator, RequestBodies bodies, UserService users, AuthService auth) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.users = users;
        this.auth = auth;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.put("/v1/users/{userId}", this::put);
        routes.get("/v1/users/{userId}", this::get);
        routes.get("/v1/users", this::search);
        routes.delete("/v1/users/{userId}", this::deactivate);
        routes.post("/v1/users/{userId}/tokens", this::issueToken);
        routes.delete("/v1/users/{userId}/tokens", this::revokeTokens);
    }

    private void put(Context ctx) {
        authenticator.server(ctx);
        var body = bodies.read(ctx, PutUserRequest.class);
        var result = users.put(ctx.pathParam("userId"),
                new UserDraft(body.name(), body.avatarUrl(), body.role(), RequestBodies.data(body.data())));
        ctx.status(result.created() ? 201 : 200).json(WireMapper.user(result.value()));
    }

    private void get(Context ctx) {
        authenticator.server(ctx);
        ctx.json(WireMapper.user(users.get(ctx.pathParam("userId"))));
    }

    /** With the API secret: every user, in full. With a user token: the directory of active users, as cards. */
    private void search(Context ctx) {
        if (authenticator.isServer(ctx)) {
            ctx.json(WireMapper.page(users.search(ctx.queryParam("query"), QueryParams.page(ctx)), WireMapper::user));
            return;
        }
        var viewer = authenticator.user(ctx).actor();
        ctx.json(WireMapper.page(users.directory(viewer, ctx.queryParam("query"), QueryParams.page(ctx)),
                WireMapper::card));
    }

    private void deactivate(Context ctx) {
        authenticator.server(ctx);
        users.deactivate(ctx.pathParam("userId"));
        ctx.status(204);
    }

    private void issueToken(Context ctx) {
        authenticator.server(ctx);
        var body = bodies.readOptional(ctx, IssueTokenRequest.class);
        ctx.status(201).json(WireMapper.token(auth.issue(ctx.pathParam("userId"), body.ttlSeconds())));
    }

    private void revokeTokens(Context ctx) {
        authenticator.server(ctx);
        auth.revokeAll(ctx.pathParam("userId"));
        ctx.status(204);
    }
}
