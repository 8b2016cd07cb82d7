package dev.parley.server.calls;

import dev.parley.core.call.CallService;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.user.UserService;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** What a browser needs to carry a call's media: ICE servers, and LiveKit access tokens for group calls. */
public final class RtcRoutes implements Routes {
    private final Authenticator authenticator;
    private final CallService calls;
    private final UserService users;
    private final IceCredentials ice;
    private final LiveKitTokens liveKit;

    public RtcRoutes(Authenticator authenticator, CallService calls, UserService users, IceCredentials ice,
            LiveKitTokens liveKit) {
        this.authenticator = authenticator;
        this.calls = calls;
        this.users = users;
        this.ice = ice;
        this.liveKit = liveKit;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/rtc/ice-servers", this::iceServers);
        routes.post("/v1/calls/{callId}/livekit-token", this::liveKitToken);
    }

    private void iceServers(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        ctx.header("Cache-Control", "no-store").json(ice.forUser(actor.userId()));
    }

    private void liveKitToken(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var call = calls.get(actor, ctx.pathParam("callId"));
        if (!call.live()) {
            throw new ParleyException(ErrorCode.CALL_ENDED, "this call has ended");
        }
        String name = users.get(actor.userId()).name();
        ctx.header("Cache-Control", "no-store").json(liveKit.mint(actor.userId(), name, call.id()));
    }
}
