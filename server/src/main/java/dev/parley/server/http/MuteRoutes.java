package dev.parley.server.http;

import dev.parley.core.mute.MuteService;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.protocol.WireMapper;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code PUT} / {@code DELETE /v1/rooms/{roomId}/mute}: a member mutes or unmutes a room for themselves. */
public final class MuteRoutes implements Routes {
    private final Authenticator authenticator;
    private final MuteService mutes;

    public MuteRoutes(Authenticator authenticator, MuteService mutes) {
        this.authenticator = authenticator;
        this.mutes = mutes;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.put("/v1/rooms/{roomId}/mute", ctx -> setMuted(ctx, true));
        routes.delete("/v1/rooms/{roomId}/mute", ctx -> setMuted(ctx, false));
    }

    private void setMuted(Context ctx, boolean muted) {
        var actor = authenticator.user(ctx).actor();
        ctx.json(WireMapper.room(mutes.setMuted(actor, ctx.pathParam("roomId"), muted)));
    }
}
