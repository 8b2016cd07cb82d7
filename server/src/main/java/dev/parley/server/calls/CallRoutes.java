package dev.parley.server.calls;

import dev.parley.core.call.CallService;
import dev.parley.protocol.rest.AcceptCallRequest;
import dev.parley.protocol.rest.CallList;
import dev.parley.protocol.rest.StartCallRequest;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.protocol.CallWire;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Calls: start (or join the room's live call), read (one, or one's live calls), answer, decline, hang up. */
public final class CallRoutes implements Routes {
    private static final String CALL = "/v1/calls/{callId}";

    private final Authenticator authenticator;
    private final RequestBodies bodies;
    private final CallService calls;

    public CallRoutes(Authenticator authenticator, RequestBodies bodies, CallService calls) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.calls = calls;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v1/rooms/{roomId}/calls", this::start);
        routes.get("/v1/calls", this::live);
        routes.get(CALL, this::get);
        routes.post(CALL + "/accept", this::accept);
        routes.post(CALL + "/reject", this::reject);
        routes.post(CALL + "/hangup", this::hangup);
    }

    private void start(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, StartCallRequest.class);
        var started = calls.start(actor, ctx.pathParam("roomId"), body.media(), body.sessionId());
        ctx.status(started.created() ? 201 : 200).json(CallWire.call(started.call()));
    }

    private void live(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        ctx.json(new CallList(calls.live(actor).stream().map(CallWire::call).toList()));
    }

    private void get(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        ctx.json(CallWire.call(calls.get(actor, ctx.pathParam("callId"))));
    }

    private void accept(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.readOptional(ctx, AcceptCallRequest.class);
        ctx.json(CallWire.call(calls.accept(actor, ctx.pathParam("callId"), body.sessionId())));
    }

    private void reject(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        ctx.json(CallWire.call(calls.reject(actor, ctx.pathParam("callId"))));
    }

    private void hangup(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        ctx.json(CallWire.call(calls.hangup(actor, ctx.pathParam("callId"))));
    }
}
