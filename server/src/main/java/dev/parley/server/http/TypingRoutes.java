package dev.parley.server.http;

import dev.parley.core.typing.TypingService;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code POST /v1/rooms/{roomId}/typing}: the WebSocket's {@code typing} frame for clients without a socket (bots). */
public final class TypingRoutes implements Routes {
    private final Authenticator authenticator;
    private final TypingService typing;

    public TypingRoutes(Authenticator authenticator, TypingService typing) {
        this.authenticator = authenticator;
        this.typing = typing;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v1/rooms/{roomId}/typing", this::typing);
    }

    private void typing(Context ctx) {
        typing.typing(authenticator.user(ctx).actor(), ctx.pathParam("roomId"));
        ctx.status(204);
    }
}
