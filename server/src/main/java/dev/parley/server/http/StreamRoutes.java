package dev.parley.server.http;

import dev.parley.core.stream.StreamService;
import dev.parley.protocol.rest.StreamAppendRequest;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.protocol.WireMapper;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Streamed replies: the author's appends (and end), and a member's request to stop. */
public final class StreamRoutes implements Routes {
    private static final String MESSAGE = "/v1/rooms/{roomId}/messages/{messageId}";
    private final Authenticator authenticator;
    private final RequestBodies bodies;
    private final StreamService streams;

    public StreamRoutes(Authenticator authenticator, RequestBodies bodies, StreamService streams) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.streams = streams;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(MESSAGE + "/stream", this::append);
        routes.post(MESSAGE + "/stop", this::stop);
    }

    private void append(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, StreamAppendRequest.class);
        ctx.json(WireMapper.message(streams.append(actor, ctx.pathParam("roomId"), ctx.pathParam("messageId"),
                body.append(), Boolean.TRUE.equals(body.done()))));
    }

    private void stop(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        streams.requestStop(actor, ctx.pathParam("roomId"), ctx.pathParam("messageId"));
        ctx.status(204);
    }
}
