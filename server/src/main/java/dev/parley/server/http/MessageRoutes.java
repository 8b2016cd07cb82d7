package dev.parley.server.http;

import dev.parley.core.message.HistoryQuery;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.routing.Routes;
import dev.parley.core.message.MessageDraft;
import dev.parley.core.message.MessageService;
import dev.parley.protocol.rest.EditMessageRequest;
import dev.parley.protocol.rest.SendMessageRequest;
import dev.parley.server.protocol.WireMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Messages of a room: history, send, edit, delete, reactions. */
public final class MessageRoutes implements Routes {
    private static final String MESSAGE = "/v1/rooms/{roomId}/messages/{messageId}";
    private final Authenticator authenticator;
    private final RequestBodies bodies;
    private final MessageService messages;

    public MessageRoutes(Authenticator authenticator, RequestBodies bodies, MessageService messages) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.messages = messages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/rooms/{roomId}/messages", this::history);
        routes.post("/v1/rooms/{roomId}/messages", this::send);
        routes.patch(MESSAGE, this::edit);
        routes.delete(MESSAGE, this::delete);
        routes.put(MESSAGE + "/reactions/{emoji}", ctx -> react(ctx, true));
        routes.delete(MESSAGE + "/reactions/{emoji}", ctx -> react(ctx, false));
    }

    private void history(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var query = new HistoryQuery(QueryParams.optionalLong(ctx, "before"), QueryParams.optionalLong(ctx, "after"),
                QueryParams.limit(ctx));
        ctx.json(WireMapper.history(messages.history(actor, ctx.pathParam("roomId"), query)));
    }

    private void send(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, SendMessageRequest.class);
        var draft = new MessageDraft(body.text(), body.clientId(), body.parentId(),
                WireMapper.attachments(body.attachments()), Boolean.TRUE.equals(body.streaming()));
        var posted = messages.post(actor, ctx.pathParam("roomId"), draft);
        ctx.status(posted.created() ? 201 : 200).json(WireMapper.message(posted.message()));
    }

    private void edit(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, EditMessageRequest.class);
        ctx.json(WireMapper.message(
                messages.edit(actor, ctx.pathParam("roomId"), ctx.pathParam("messageId"), body.text())));
    }

    private void delete(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        ctx.json(WireMapper.message(messages.delete(actor, ctx.pathParam("roomId"), ctx.pathParam("messageId"))));
    }

    private void react(Context ctx, boolean add) {
        var actor = authenticator.user(ctx).actor();
        ctx.json(WireMapper.message(messages.react(actor, ctx.pathParam("roomId"), ctx.pathParam("messageId"),
                ctx.pathParam("emoji"), add)));
    }
}
