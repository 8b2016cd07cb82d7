package dev.parley.server.admin;

import dev.parley.core.auth.Admins;
import dev.parley.core.erase.UserErasureService;
import dev.parley.protocol.rest.EraseUserRequest;
import dev.parley.protocol.rest.UserErased;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.protocol.WireMapper;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.Consumer;

/**
 * {@code GET /v1/admin/users/{userId}/export} (everything Parley holds about the user, as a JSON
 * download) and {@code POST /v1/admin/users/{userId}/erase} {@code {messages: "delete"|"anonymise"}}.
 */
public final class UserErasureRoutes implements Routes {
    private static final String USER = "/v1/admin/users/{userId}";

    private final AdminGate gate;
    private final RequestBodies bodies;
    private final UserErasureService erasure;
    private final Consumer<String> avatarImages;

    /** {@code avatarImages} deletes the hosted images of an erased user's avatar URL. */
    public UserErasureRoutes(AdminGate gate, RequestBodies bodies, UserErasureService erasure,
            Consumer<String> avatarImages) {
        this.gate = gate;
        this.bodies = bodies;
        this.erasure = erasure;
        this.avatarImages = avatarImages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(USER + "/export", this::export);
        routes.post(USER + "/erase", this::erase);
    }

    private void export(Context ctx) {
        String userId = ctx.pathParam("userId");
        var data = erasure.export(gate.actor(ctx), userId);
        ctx.header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"parley-user-export.json\"")
                .json(UserDataWire.of(data));
    }

    private void erase(Context ctx) {
        var actor = gate.actor(ctx);
        Admins.check(actor, "erase users");
        var body = bodies.read(ctx, EraseUserRequest.class);
        var erased = erasure.erase(actor, ctx.pathParam("userId"), body.messages());
        if (erased.removedAvatarUrl() != null) {
            avatarImages.accept(erased.removedAvatarUrl());
        }
        ctx.json(new UserErased(WireMapper.user(erased.user()), erased.messages().wireName(), erased.messagesDeleted()));
    }
}
